namespace NQStream.Operators.Options;

/// <summary>How the EV bracket is chosen (§6.2).</summary>
public enum BracketPolicy
{
    /// <summary>A fixed target, stop and horizon.</summary>
    Fixed,

    /// <summary>Target and stop from walls and battle zones.</summary>
    Levels,
}
