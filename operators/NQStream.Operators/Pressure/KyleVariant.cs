namespace NQStream.Operators.Pressure;

/// <summary>Regressor of Kyle's lambda (§4.5 <c>variant</c>).</summary>
public enum KyleVariant
{
    /// <summary>x = SV, the signed volume of the bin.</summary>
    Linear = 0,

    /// <summary>x = sign(SV)·√|SV| (Hasbrouck 2009).</summary>
    SignedSqrt = 1,
}
