namespace NQStream.Sinks.Ilp.Spill;

/// <summary>When spilled records are forced to disk.</summary>
public enum SpillFsync
{
    /// <summary>fsync after every append: a spilled batch survives power loss.</summary>
    Always,

    /// <summary>Leave it to the OS: survives a process crash, not power loss.</summary>
    Never,
}
