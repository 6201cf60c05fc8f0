namespace NQStream.Operators.Options;

/// <summary>Call and put walls (§7.3, <c>operators.walls</c>).</summary>
public sealed class WallsOptions
{
    /// <summary>What strikes are ranked by.</summary>
    public WallBasis WallBasis { get; init; } = WallBasis.Oi;
}
