namespace NQStream.Operators.Options;

/// <summary>What call and put walls rank strikes by (§7.3).</summary>
public enum WallBasis
{
    /// <summary>Open interest.</summary>
    Oi,

    /// <summary>Absolute gamma exposure of that side.</summary>
    Gex,
}
