namespace NQStream.Cli.Configuration.Options.Engine;

/// <summary>What the graph does with a record that breaks an invariant.</summary>
public enum ErrorPolicy
{
    /// <summary>Count the record and continue.</summary>
    Skip,

    /// <summary>Fail fast with the record's sequence number (crash-only).</summary>
    Halt,
}
