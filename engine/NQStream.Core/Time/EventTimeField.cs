namespace NQStream.Core.Time;

/// <summary>Which timestamp drives event time (windows and watermarks).</summary>
public enum EventTimeField
{
    /// <summary><c>ts_event</c> (the default, per docs/algorithms.md §0.2).</summary>
    TsEvent,

    /// <summary><c>ts_recv</c>.</summary>
    TsRecv,
}
