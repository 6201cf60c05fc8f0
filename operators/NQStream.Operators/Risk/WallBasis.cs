namespace NQStream.Operators.Risk;

/// <summary>What call and put walls rank strikes by (algorithms.md §7.3, <c>wall_basis</c>).</summary>
public enum WallBasis
{
    /// <summary>Open interest of the side (default).</summary>
    Oi,

    /// <summary>|GEX| of the side.</summary>
    Gex,
}
