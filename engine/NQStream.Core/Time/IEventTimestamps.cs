namespace NQStream.Core.Time;

/// <summary>The two clocks every market event carries (ns since the UNIX epoch, UTC).</summary>
public interface IEventTimestamps
{
    /// <summary>Exchange event time (<c>ts_event</c>, CME TransactTime): the default clock of the graph.</summary>
    long TsEvent { get; }

    /// <summary>Capture-server receive time (<c>ts_recv</c>).</summary>
    long TsRecv { get; }
}
