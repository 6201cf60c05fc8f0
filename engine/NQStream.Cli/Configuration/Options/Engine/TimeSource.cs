namespace NQStream.Cli.Configuration.Options.Engine;

/// <summary>Which record timestamp drives windows and watermarks (docs/algorithms.md §0.2).</summary>
public enum TimeSource
{
    /// <summary>Exchange event time (CME tag 60); the default and the only one for signals.</summary>
    TsEvent,

    /// <summary>Databento receive time; for latency studies.</summary>
    TsRecv,
}
