using System.Runtime.InteropServices;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Classification.MarketMaking;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// The look-back state behind the taker features of docs/algorithms.md §5.7 that need history: T4 package (other
/// instruments of the same underlying within ±50 ms, each ≥ $25,000), T5 persistence (same-side events in the
/// same instrument in the last 5 min with quantity within ±50 %), T6 one-sidedness (|AI| of the instrument over
/// the last 5 min, this event included) and T7 quote wave (≥ 20 instruments of the same underlying with
/// A/C/M records within ±1 ms).
/// </summary>
/// <remarks>
/// In a stream only the past is known when an event must be scored, so the ±windows of T4 and T7 are evaluated
/// over their past half (events up to 50 ms / records up to 1 ms before). Legs of a package after the first
/// therefore see the earlier legs; the first leg does not see the later ones. Per record the only work is an
/// array write (T7); the look-back lists are scanned per option aggressor event, which is rare.
/// </remarks>
public sealed class TakerContext
{
    /// <summary>Package window (§5.7 T4), ns.</summary>
    public const long PackageWindowNs = 50_000_000;

    /// <summary>Minimum premium of a package leg (§5.7 T4), $.</summary>
    public const double PackageLegMinUsd = 25_000;

    /// <summary>Persistence and one-sidedness look-back (§5.7 T5, T6), ns.</summary>
    public const long LookbackNs = 300_000_000_000;

    /// <summary>Quote-wave window (§5.7 T7), ns.</summary>
    public const long WaveWindowNs = 1_000_000;

    /// <summary>Instruments of one underlying that make a quote wave (§5.7 T7).</summary>
    public const int WaveInstruments = 20;

    private const int WaveRing = 64;

    private readonly Dictionary<uint, UnderlyingState> _underlyings = [];
    private readonly Dictionary<uint, InstrumentState> _instruments = [];

    /// <summary>One underlying's quote wave and recent option events (the pipeline caches a reference per lane).</summary>
    internal sealed class UnderlyingState
    {
        public readonly long[] WaveTs = new long[WaveRing];
        public readonly uint[] WaveInst = new uint[WaveRing];
        public int WaveHead;
        public readonly List<(long Ts, uint Instrument, double Premium)> Recent = [];
    }

    private sealed class InstrumentState
    {
        public readonly Queue<(long Ts, int Sign, long Qty)> Events = new();
        public long Buy;
        public long Sell;
    }

    /// <summary>Records an option A/C/M record of <paramref name="instrumentId"/> on <paramref name="underlyingId"/> (T7).</summary>
    /// <param name="underlyingId">Underlying future.</param>
    /// <param name="instrumentId">Option.</param>
    /// <param name="tsNs"><c>ts_event</c>.</param>
    public void OnQuote(uint underlyingId, uint instrumentId, long tsNs) => OnQuote(UnderlyingOf(underlyingId), instrumentId, tsNs);

    /// <summary>Records an option A/C/M record on the underlying whose state is <paramref name="u"/> (from <see cref="UnderlyingOf"/>).</summary>
    internal static void OnQuote(UnderlyingState u, uint instrumentId, long tsNs)
    {
        var i = u.WaveHead;
        u.WaveTs[i] = tsNs;
        u.WaveInst[i] = instrumentId;
        u.WaveHead = (i + 1) & (WaveRing - 1);
    }

    /// <summary>
    /// The features of <paramref name="e"/> (an enriched option event with a resolved underlying) measured against
    /// the past, then <paramref name="e"/> is added to the history.
    /// </summary>
    /// <param name="e">The event.</param>
    public TakerInputs Measure(in AggressorEvent e)
    {
        var u = UnderlyingOf(e.UnderlyingId);
        var ts = e.TsEvent;

        // T7: distinct instruments with A/C/M records in (ts − 1 ms, ts], newest first.
        var distinct = 0;
        Span<uint> seen = stackalloc uint[WaveInstruments];
        for (var k = 1; k <= WaveRing && distinct < WaveInstruments; k++)
        {
            var slot = (u.WaveHead - k) & (WaveRing - 1);
            var t = u.WaveTs[slot];
            if (t == 0 || t > ts || ts - t > WaveWindowNs)
            {
                break;
            }

            var id = u.WaveInst[slot];
            if (!seen[..distinct].Contains(id))
            {
                seen[distinct++] = id;
            }
        }

        // T4: other instruments of the underlying within the last 50 ms, each ≥ $25,000.
        var recent = u.Recent;
        var drop = 0;
        while (drop < recent.Count && ts - recent[drop].Ts > PackageWindowNs)
        {
            drop++;
        }

        recent.RemoveRange(0, drop);
        var package = 0;
        foreach (var r in recent)
        {
            if (r.Instrument != e.InstrumentId && r.Premium >= PackageLegMinUsd)
            {
                package++;
            }
        }

        var premium = e.PremiumUsd;
        recent.Add((ts, e.InstrumentId, premium));

        // T5 and T6 over the instrument's last 5 minutes.
        ref var slotRef = ref CollectionsMarshal.GetValueRefOrAddDefault(_instruments, e.InstrumentId, out _);
        var inst = slotRef ??= new InstrumentState();
        while (inst.Events.TryPeek(out var old) && ts - old.Ts >= LookbackNs)
        {
            inst.Events.Dequeue();
            if (old.Sign > 0) { inst.Buy -= old.Qty; }
            else if (old.Sign < 0) { inst.Sell -= old.Qty; }
        }

        var slices = 0;
        if (e.Sign != 0)
        {
            foreach (var old in inst.Events)
            {
                if (old.Sign == e.Sign && old.Qty >= 0.5 * e.Quantity && old.Qty <= 1.5 * e.Quantity)
                {
                    slices++;
                }
            }
        }

        inst.Events.Enqueue((ts, e.Sign, e.Quantity));
        if (e.Sign > 0) { inst.Buy += e.Quantity; }
        else if (e.Sign < 0) { inst.Sell += e.Quantity; }
        var signed = inst.Buy + inst.Sell;
        var absAi = signed > 0 ? Math.Abs((double)(inst.Buy - inst.Sell)) / signed : 0.0;

        long? touch = e.Sign > 0 ? (e.PreAskPx is null ? null : e.PreAskSz)
                    : e.Sign < 0 ? (e.PreBidPx is null ? null : e.PreBidSz) : null;
        return new TakerInputs(premium, Math.Max(1, e.Levels), e.Quantity, touch, package, slices, Math.Min(1.0, absAi), distinct >= WaveInstruments);
    }

    /// <summary>The state of underlying <paramref name="id"/>, created when absent.</summary>
    internal UnderlyingState UnderlyingOf(uint id)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_underlyings, id, out _);
        return slot ??= new UnderlyingState();
    }
}
