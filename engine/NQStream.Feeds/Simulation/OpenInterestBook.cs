using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Open interest and settlement carried from day to day. Instruments listed before the run start with
/// OI from a smooth model (more near the money, more in longer-dated classes); new listings start at 0.
/// After each session OI changes by the day's volume times a draw in [−0.25, 0.55] (opening trades
/// outweigh closing ones on average) and never goes below 0. Each day's statistics file publishes, at
/// 16:50 CT before the session, settlement (stat 3) and OI (stat 9) of the previous trade date, and
/// after the close the day's cleared volume (stat 6).
/// </summary>
internal sealed class OpenInterestBook
{
    private readonly ulong _seed;
    private readonly Dictionary<uint, long> _oi = [];
    private readonly Dictionary<uint, double> _settle = [];

    public OpenInterestBook(ulong seed) => _seed = seed;

    public long Get(uint id) => _oi.TryGetValue(id, out var v) ? v : 0;

    /// <summary>Seeds OI for instruments without history (model OI on the first day, 0 for later listings).</summary>
    public void Seed(SimInstrument[] instruments, bool firstDay, double front, double next)
    {
        foreach (var inst in instruments)
        {
            if (inst.IsFuture || _oi.ContainsKey(inst.Id))
            {
                continue;
            }

            if (!firstDay)
            {
                _oi[inst.Id] = 0;
                continue;
            }

            var rng = SimRandom.Derive(_seed, 0x0100_0000UL + inst.Id);
            var f = inst.UnderlyingSlot == 0 ? front : next;
            var z = Math.Log(inst.Strike / f) / 0.04;
            var baseOi = inst.Class switch { ExpiryClass.Quarterly => 3000.0, ExpiryClass.Monthly => 1200.0, _ => 400.0 };
            _oi[inst.Id] = (long)Math.Round(baseOi * Math.Exp(-0.5 * z * z) * rng.Uniform(0.5, 1.5));
        }
    }

    public void EndOfDay(SimInstrument[] instruments, ulong seedStream)
    {
        foreach (var inst in instruments)
        {
            _settle[inst.Id] = inst.Fair;
            if (inst.IsFuture || inst.Volume == 0)
            {
                continue;
            }

            var rng = SimRandom.Derive(_seed, seedStream + inst.Id);
            var change = (long)Math.Round(inst.Volume * rng.Uniform(-0.25, 0.55));
            _oi[inst.Id] = Math.Max(0, Get(inst.Id) + change);
        }
    }

    /// <summary>Writes the day's statistics file (records ordered by ts_recv).</summary>
    public void Write(DbnWriter writer, SimInstrument[] instruments, DateOnly previousTradeDate, DateOnly tradeDate)
    {
        var open = TradingCalendar.SessionOpenNs(tradeDate);
        var ts = open - (10 * 60 * 1_000_000_000UL);
        var prevRef = (ulong)SimCalendar.UtcMidnightNs(previousTradeDate);
        uint seq = 0;
        foreach (var inst in instruments)
        {
            if (_settle.TryGetValue(inst.Id, out var settle))
            {
                writer.Write(Stat(inst, ts, prevRef, 3, PriceGrid.ToRaw(Math.Round(settle * 20) / 20), DbnConstants.UndefStatQuantity, ++seq, 1));
                ts += 1_000;
            }

            if (!inst.IsFuture)
            {
                writer.Write(Stat(inst, ts, prevRef, 9, DbnConstants.UndefPrice, Get(inst.Id), ++seq, 0));
                ts += 1_000;
            }
        }

        ts = Math.Max(ts, TradingCalendar.SessionCloseNs(tradeDate) + (15 * 60 * 1_000_000_000UL));
        var dayRef = (ulong)SimCalendar.UtcMidnightNs(tradeDate);
        foreach (var inst in instruments)
        {
            if (inst.Volume > 0)
            {
                writer.Write(Stat(inst, ts, dayRef, 6, DbnConstants.UndefPrice, inst.Volume, ++seq, 0));
                ts += 1_000;
            }
        }
    }

    private static StatMsg Stat(SimInstrument inst, ulong ts, ulong tsRef, ushort type, long price, long quantity, uint seq, byte flags) => new()
    {
        Hd = new RecordHeader { Length = 20, RType = RType.Statistics, PublisherId = 1, InstrumentId = inst.Id, TsEvent = ts },
        TsRecv = ts + 4_000,
        TsRef = tsRef,
        Price = price,
        Quantity = quantity,
        Sequence = seq,
        TsInDelta = 3_000,
        StatType = type,
        ChannelId = inst.ChannelId,
        UpdateAction = 1,
        StatFlags = flags,
    };
}
