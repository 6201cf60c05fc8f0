namespace NQStream.Operators.Risk;

/// <summary>What dealer hedging does in a battle zone (algorithms.md §7.4).</summary>
public enum ZoneRole
{
    /// <summary>G &gt; 0: dealer hedging dampens moves through the zone.</summary>
    Damping,

    /// <summary>G &lt; 0: dealer hedging accelerates moves through the zone.</summary>
    Accelerating,
}
