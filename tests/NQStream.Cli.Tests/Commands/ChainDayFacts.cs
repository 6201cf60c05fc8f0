using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// What the simulator wrote for one day, read straight from the three DBN files (no registry, statistics book or
/// tracker), up to an optional <c>ts_recv</c> cut: the options and futures, OI / settlement / cleared volume per id,
/// per option the MBO trade volume, aggressor split and last trade, each book's final top, each future's last valid mid.
/// </summary>
internal sealed class ChainDayFacts
{
    public sealed record Option(uint Id, char Type, long StrikeRaw, long Expiration, string Underlying)
    {
        public double Strike => StrikeRaw / 1e9;
    }

    public Dictionary<uint, Option> Options { get; } = [];

    public Dictionary<string, uint> Futures { get; } = new(StringComparer.Ordinal);

    public Dictionary<uint, long> OpenInterest { get; } = [];

    public Dictionary<uint, long> SettlementRaw { get; } = [];

    public Dictionary<uint, long> ClearedVolume { get; } = [];

    public Dictionary<uint, long> TradeVolume { get; } = [];

    public Dictionary<uint, long> LastTradeRaw { get; } = [];

    public Dictionary<uint, BookTop> FinalTop { get; } = [];

    public Dictionary<uint, double> LastValidMid { get; } = [];

    public long MaxTsEvent { get; private set; }

    public static ChainDayFacts Load(ChainReplaySimFixture sim, ulong recvCut = ulong.MaxValue)
    {
        var facts = new ChainDayFacts();
        foreach (var d in Read<InstrumentDefMsg>(sim.Definitions, RType.InstrumentDef, static r => r.TsRecv, recvCut))
        {
            facts.Seen(d.Hd.TsEvent);
            char type = (char)d.InstrumentClass;
            if (type == 'F')
            {
                facts.Futures[d.RawSymbolText()] = d.Hd.InstrumentId;
            }
            else
            {
                facts.Options[d.Hd.InstrumentId] = new Option(d.Hd.InstrumentId, type, d.StrikePrice, (long)d.Expiration, d.UnderlyingText());
            }
        }

        foreach (var s in Read<StatMsg>(sim.Statistics, RType.Statistics, static r => r.TsRecv, recvCut))
        {
            facts.Seen(s.Hd.TsEvent);
            var target = s.StatType switch { 9 => facts.OpenInterest, 6 => facts.ClearedVolume, _ => null };
            if (target is not null)
            {
                target[s.Hd.InstrumentId] = s.Quantity;
            }
            else if (s.StatType == 3)
            {
                facts.SettlementRaw[s.Hd.InstrumentId] = s.Price;
            }
        }

        var books = new BookSet();
        foreach (var m in Read<MboMsg>(sim.Mbo, RType.Mbo, static r => r.TsRecv, recvCut))
        {
            facts.Seen(m.Hd.TsEvent);
            var ev = MarketEvent.FromMbo(in m);
            var book = books.Apply(in ev)!;
            uint id = m.Hd.InstrumentId;
            if (m.Action == (byte)'T')
            {
                facts.TradeVolume[id] = facts.TradeVolume.GetValueOrDefault(id) + m.Size;
                facts.LastTradeRaw[id] = m.Price;
            }

            if (ev.IsLast && book.Top.State == BookState.Ok)
            {
                facts.LastValidMid[id] = 0.5 * ((book.Top.BidPx / 1e9) + (book.Top.AskPx / 1e9));
            }
        }

        foreach (var book in books.Books)
        {
            facts.FinalTop[book.InstrumentId] = book.Top;
        }

        return facts;
    }

    /// <summary>Options of <paramref name="future"/> still live at <paramref name="asOf"/>.</summary>
    public List<Option> Live(string future, long asOf) =>
        Options.Values.Where(o => o.Underlying == future && o.Expiration > asOf).ToList();

    /// <summary>Call and put OI per strike over <paramref name="options"/>, strikes with any OI only.</summary>
    public SortedDictionary<double, (long Call, long Put)> OiByStrike(IEnumerable<Option> options)
    {
        var result = new SortedDictionary<double, (long Call, long Put)>();
        foreach (var o in options)
        {
            var oi = OpenInterest.GetValueOrDefault(o.Id);
            var (c, p) = result.GetValueOrDefault(o.Strike);
            result[o.Strike] = o.Type == 'C' ? (c + oi, p) : (c, p + oi);
        }

        foreach (var k in result.Where(kv => kv.Value == (0, 0)).Select(kv => kv.Key).ToList())
        {
            result.Remove(k);
        }

        return result;
    }

    private void Seen(ulong tsEvent) => MaxTsEvent = Math.Max(MaxTsEvent, (long)tsEvent);

    private static List<T> Read<T>(string path, byte rtype, Func<T, ulong> tsRecv, ulong recvCut)
        where T : unmanaged, IDbnRecord
    {
        var list = new List<T>();
        using var reader = DbnReader.Open(path);
        while (reader.TryRead(out var rec))
        {
            if (rec.RType != rtype)
            {
                continue;
            }

            var value = rec.As<T>();
            if (tsRecv(value) > recvCut)
            {
                break;
            }

            list.Add(value);
        }

        return list;
    }
}
