namespace NQStream.Market.Dbn.Quality;

/// <summary>Data-quality counters for one instrument.</summary>
public sealed class InstrumentQuality
{
    internal uint LastSequence;
    internal ulong LastTsEvent;
    internal bool HasSequence;

    /// <summary>The instrument id.</summary>
    public uint InstrumentId { get; internal set; }

    /// <summary>Records seen for the instrument.</summary>
    public long Records { get; internal set; }

    /// <summary>Sequence jumps forward by more than one (a venue event or more missing).</summary>
    public long SequenceGaps { get; internal set; }

    /// <summary>Sequence numbers missing in those jumps.</summary>
    public long MissingSequences { get; internal set; }

    /// <summary>Sequence numbers lower than the previous one for the instrument.</summary>
    public long SequenceBackwards { get; internal set; }

    /// <summary>Records whose <c>ts_event</c> is earlier than the previous record's for the instrument.</summary>
    public long TsEventBackwards { get; internal set; }

    /// <summary>Records whose <c>ts_recv</c> is earlier than their <c>ts_event</c>.</summary>
    public long TsRecvBeforeTsEvent { get; internal set; }

    /// <summary>First <c>ts_event</c> seen.</summary>
    public ulong FirstTsEvent { get; internal set; } = ulong.MaxValue;

    /// <summary>Total problems of all kinds.</summary>
    public long Problems => SequenceGaps + SequenceBackwards + TsEventBackwards + TsRecvBeforeTsEvent;
}
