using System.Runtime.InteropServices;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;

namespace NQStream.Market.Instruments;

/// <summary>
/// Open interest, settlement and cleared volume per instrument from <c>statistics</c> records (docs/algorithms.md §2.6):
/// the latest New per instrument and stat type wins, Delete removes it. v1/v2 quantities arrive upgraded (i32::MAX →
/// i64::MAX = null). Other stat types are counted and ignored. One writer thread; no allocation per record once an
/// instrument has an entry.
/// </summary>
public sealed class StatisticsBook
{
    private readonly Dictionary<uint, InstrumentStatistics> _stats;

    /// <summary>Creates an empty book sized for <paramref name="capacity"/> instruments.</summary>
    public StatisticsBook(int capacity = InstrumentRegistry.DefaultCapacity) => _stats = new Dictionary<uint, InstrumentStatistics>(capacity);

    /// <summary>Instruments with an entry.</summary>
    public int Count => _stats.Count;

    /// <summary>Statistics records applied (kept types).</summary>
    public long Applied { get; private set; }

    /// <summary>Records of stat types the book does not keep.</summary>
    public long IgnoredTypes { get; private set; }

    /// <summary>Records with an unknown <c>update_action</c>, or a New without a value; not applied.</summary>
    public long Invalid { get; private set; }

    /// <summary>Applies a (v3-upgraded) statistics record.</summary>
    public void Apply(in StatMsg stat) =>
        Apply(stat.Hd.InstrumentId, stat.StatType, stat.UpdateAction, stat.Price, stat.Quantity, stat.TsRef, stat.StatFlags, stat.Hd.TsEvent);

    /// <summary>Applies a <see cref="EventKind.Statistic"/> event from the ring; other kinds are ignored.</summary>
    public void Apply(in MarketEvent e)
    {
        if (e.Kind == EventKind.Statistic)
        {
            Apply(e.InstrumentId, e.StatType, (byte)e.Aux32, e.Price, e.Aux64, e.OrderId, (byte)e.Size, e.TsEvent);
        }
    }

    /// <summary>The statistics of <paramref name="instrumentId"/>; <see cref="InstrumentStatistics.Empty"/> when none.</summary>
    public InstrumentStatistics Get(uint instrumentId) =>
        _stats.TryGetValue(instrumentId, out var s) ? s : InstrumentStatistics.Empty;

    /// <summary>Open interest of <paramref name="instrumentId"/>; false (<c>OI_MISSING</c>, treat as 0) when none.</summary>
    public bool TryGetOpenInterest(uint instrumentId, out long openInterest)
    {
        if (_stats.TryGetValue(instrumentId, out var s) && s.OpenInterest is long oi)
        {
            openInterest = oi;
            return true;
        }

        openInterest = 0;
        return false;
    }

    private void Apply(uint id, ushort statType, byte action, long price, long quantity, ulong tsRef, byte flags, ulong tsEvent)
    {
        if (statType is not (StatType.OpenInterest or StatType.SettlementPrice or StatType.ClearedVolume))
        {
            IgnoredTypes++;
            return;
        }

        var isNew = action == StatType.ActionNew;
        if (!isNew && action != StatType.ActionDelete)
        {
            Invalid++;
            return;
        }

        var hasValue = statType == StatType.SettlementPrice ? price != DbnConstants.UndefPrice : quantity != DbnConstants.UndefStatQuantity;
        if (isNew && !hasValue)
        {
            Invalid++;
            return;
        }

        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_stats, id, out var existed);
        if (!existed)
        {
            entry = InstrumentStatistics.Empty;
        }

        entry = statType switch
        {
            StatType.OpenInterest => entry with
            {
                OpenInterest = isNew ? quantity : null,
                OpenInterestRefNs = isNew ? tsRef : DbnConstants.UndefTimestamp,
                TsEvent = tsEvent,
            },
            StatType.SettlementPrice => entry with
            {
                SettlementRaw = isNew ? price : DbnConstants.UndefPrice,
                SettlementFlags = isNew ? flags : (byte)0,
                SettlementRefNs = isNew ? tsRef : DbnConstants.UndefTimestamp,
                TsEvent = tsEvent,
            },
            _ => entry with { ClearedVolume = isNew ? quantity : null, TsEvent = tsEvent },
        };
        Applied++;
    }
}
