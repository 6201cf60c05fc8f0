namespace NQStream.Operators.Options;

/// <summary>Regression form of Kyle's lambda (§4.5).</summary>
public enum KyleVariant
{
    /// <summary>ΔP on signed volume.</summary>
    Linear,

    /// <summary>ΔP on signed √|SV| (Hasbrouck 2009).</summary>
    SignedSqrt,
}
