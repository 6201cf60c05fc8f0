using System.Buffers.Binary;
using System.Runtime.InteropServices;
using NQStream.Market.Dbn.Layout;

namespace NQStream.Market.Dbn.Quality;

/// <summary>
/// Streams records and counts data-quality problems: per-instrument sequence gaps and regressions,
/// <c>ts_event</c> going backwards per instrument, <c>ts_recv</c> before <c>ts_event</c>, and unknown
/// record types. Records sharing a sequence number (one venue event split into several records) are
/// not gaps.
/// </summary>
public sealed class DbnQualityChecker
{
    private readonly Dictionary<uint, InstrumentQuality> _instruments = [];
    private readonly int[] _sequenceOffset = new int[256];
    private readonly int[] _tsRecvOffset = new int[256];
    private readonly long[] _byRType = new long[256];
    private readonly long[] _unknownByRType = new long[256];

    /// <summary>Creates a checker for records in the v3 layout (or any version's market-data layout).</summary>
    public DbnQualityChecker()
    {
        for (var rtype = 0; rtype < 256; rtype++)
        {
            var layout = DbnLayouts.For((byte)rtype, DbnConstants.CurrentVersion);
            _sequenceOffset[rtype] = layout is not null && layout.TryGetField("sequence", out var s) ? s.Offset : -1;
            _tsRecvOffset[rtype] = layout is not null && layout.TryGetField("ts_recv", out var t) ? t.Offset : -1;
        }
    }

    /// <summary>Records checked.</summary>
    public long Records { get; private set; }

    /// <summary>Smallest <c>ts_event</c> seen (excluding null timestamps).</summary>
    public ulong MinTsEvent { get; private set; } = ulong.MaxValue;

    /// <summary>Largest <c>ts_event</c> seen (excluding null timestamps).</summary>
    public ulong MaxTsEvent { get; private set; }

    /// <summary>Checks one record (v3 layout; unknown rtypes are counted).</summary>
    public void Observe(in DbnRecord record)
    {
        var b = record.Bytes;
        var rtype = b[1];
        Records++;
        _byRType[rtype]++;
        if (record.Layout is null)
        {
            _unknownByRType[rtype]++;
            return;
        }

        var id = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
        var tsEvent = BinaryPrimitives.ReadUInt64LittleEndian(b[8..]);
        ref var q = ref CollectionsMarshal.GetValueRefOrAddDefault(_instruments, id, out var exists);
        if (!exists)
        {
            q = new InstrumentQuality { InstrumentId = id };
        }

        q!.Records++;
        if (tsEvent != DbnConstants.UndefTimestamp)
        {
            MinTsEvent = Math.Min(MinTsEvent, tsEvent);
            MaxTsEvent = Math.Max(MaxTsEvent, tsEvent);
            q.FirstTsEvent = Math.Min(q.FirstTsEvent, tsEvent);
            if (tsEvent < q.LastTsEvent)
            {
                q.TsEventBackwards++;
            }
            else
            {
                q.LastTsEvent = tsEvent;
            }

            var recvAt = _tsRecvOffset[rtype];
            if (recvAt >= 0 && record.Version == DbnConstants.CurrentVersion)
            {
                var tsRecv = BinaryPrimitives.ReadUInt64LittleEndian(b[recvAt..]);
                if (tsRecv != DbnConstants.UndefTimestamp && tsRecv < tsEvent)
                {
                    q.TsRecvBeforeTsEvent++;
                }
            }
        }

        var seqAt = _sequenceOffset[rtype];
        if (seqAt >= 0 && record.Version == DbnConstants.CurrentVersion)
        {
            var seq = BinaryPrimitives.ReadUInt32LittleEndian(b[seqAt..]);
            if (q.HasSequence)
            {
                if (seq > q.LastSequence + 1L)
                {
                    q.SequenceGaps++;
                    q.MissingSequences += seq - q.LastSequence - 1L;
                }
                else if (seq < q.LastSequence)
                {
                    q.SequenceBackwards++;
                }
            }

            if (!q.HasSequence || seq > q.LastSequence)
            {
                q.LastSequence = seq;
            }

            q.HasSequence = true;
        }
    }

    /// <summary>Per-instrument results, ordered by instrument id.</summary>
    public IReadOnlyList<InstrumentQuality> Instruments =>
        [.. _instruments.Values.OrderBy(i => i.InstrumentId)];

    /// <summary>Record counts by rtype (only types seen).</summary>
    public IReadOnlyDictionary<byte, long> CountsByRType => Nonzero(_byRType);

    /// <summary>Unknown record types seen, with counts.</summary>
    public IReadOnlyDictionary<byte, long> UnknownRTypes => Nonzero(_unknownByRType);

    private static SortedDictionary<byte, long> Nonzero(long[] counts)
    {
        var d = new SortedDictionary<byte, long>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                d[(byte)i] = counts[i];
            }
        }

        return d;
    }
}
