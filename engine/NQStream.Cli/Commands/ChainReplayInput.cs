using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Feeds.Replay;
using NQStream.Market.Chain;
using NQStream.Market.Dbn;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>chain analyze</c> on DBN files: replays them (definitions into the registry, statistics, MBO books, trades) into a
/// <see cref="ChainTracker"/> up to <c>--as-of</c> (by <c>ts_recv</c>) or the end, then snapshots the live options of one
/// future — <c>--future</c>, else the one whose options carry the most open interest (then day volume) — restricted to
/// <c>--expiry</c>, or to the nearest expiry when <c>gex.expiry_filter</c> is <c>nearest</c>.
/// </summary>
internal static class ChainReplayInput
{
    public static (ChainSnapshot Snapshot, List<string> Notes) Read(IReadOnlyList<FileInfo> files, string? future, ChainExpirySelector? expiry, long? asOfNs, bool nearestOnly)
    {
        var paths = files.Select(f => f.ToString()).ToArray();
        var registry = new InstrumentRegistry();
        var tracker = new ChainTracker(registry);
        Replay(paths, tracker, asOfNs);

        var chain = OptionChain.Build(registry);
        if (chain.OptionCount == 0)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"{string.Join(", ", paths)}: no option definitions ({tracker.Definitions} definition records{(asOfNs is null ? "" : " up to --as-of")}): give the definition file with the statistics and MBO files"));
        }

        long asOf = asOfNs ?? tracker.LastTsEvent!.Value;
        var (underlying, expiries, reason) = Select(chain, tracker, future, expiry, asOf);
        string? filtered = null;
        if (nearestOnly && expiry is null)
        {
            long nearest = expiries[0].ExpirationNs;
            expiries = expiries.Where(e => e.ExpirationNs == nearest).ToList();
            filtered = $"gex.expiry_filter nearest: only the expiry {ChainExpirySelector.Format(nearest)}";
        }

        var source = $"{underlying.Symbol} options replayed from {string.Join(", ", paths)}";
        var snapshot = tracker.Snapshot(underlying, expiries, asOf, source);
        int expired = underlying.Expiries.Where(e => e.ExpirationNs <= asOf).Sum(e => e.OptionCount);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"replayed {tracker.Events:N0} events ({tracker.Definitions:N0} definitions, {tracker.StatisticsEvents:N0} statistics, {tracker.MboEvents:N0} MBO, {tracker.PrintEvents:N0} trades) up to {Format(asOf)}"),
            reason,
        };
        if (filtered is not null)
        {
            notes.Add(filtered);
        }

        if (expired > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{expired:N0} options of {underlying.Symbol} expired by then and are left out"));
        }

        if (!tracker.HasTradeData)
        {
            notes.Add("no MBO or trade records: volumes unknown, no volume/OI spikes");
        }

        return (snapshot, notes);
    }

    private static void Replay(string[] paths, ChainTracker tracker, long? asOfNs)
    {
        try
        {
            using var source = new DbnReplaySource(paths, new RegistryDefinitionSink(tracker.Registry));
            while (source.TryNext(out var ev))
            {
                if (asOfNs is long cut && ev.TsRecv > (ulong)cut)
                {
                    break;
                }

                tracker.Apply(in ev);
            }
        }
        catch (Exception ex) when (ex is DbnFormatException or IOException or InvalidDataException)
        {
            throw new CliException(ex.Message, ex);
        }
    }

    private static (ChainUnderlying Underlying, List<ChainExpiry> Expiries, string Reason) Select(
        OptionChain chain, ChainTracker tracker, string? future, ChainExpirySelector? expiry, long asOf)
    {
        List<ChainExpiry> Live(ChainUnderlying u) =>
            u.Expiries.Where(e => e.ExpirationNs > asOf && (expiry is null || expiry.Matches(e.ExpirationNs))).ToList();

        if (future is not null)
        {
            if (!chain.TryGetUnderlying(future, out var chosen))
            {
                throw new CliException($"--future {future}: no options on that future (futures with options: {string.Join(", ", chain.Underlyings.Select(u => u.Symbol))})");
            }

            var expiries = Live(chosen);
            return expiries.Count > 0 ? (chosen, expiries, $"{chosen.Symbol} chosen by --future") : throw NoLiveExpiry([chosen], expiry, asOf);
        }

        var candidates = chain.Underlyings.Select(u => (Underlying: u, Expiries: Live(u))).Where(c => c.Expiries.Count > 0).ToList();
        if (candidates.Count == 0)
        {
            throw NoLiveExpiry(chain.Underlyings, expiry, asOf);
        }

        var scored = candidates.Select(c => (c.Underlying, c.Expiries, Score: Score(tracker, c.Expiries, asOf))).ToList();
        var best = scored[0];
        foreach (var c in scored)
        {
            if (c.Score.Oi > best.Score.Oi || (c.Score.Oi == best.Score.Oi && c.Score.Volume > best.Score.Volume))
            {
                best = c;
            }
        }

        var others = string.Join(", ", scored.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Underlying.Symbol} {c.Score.Oi:N0} OI / {c.Score.Volume:N0} volume")));
        return (best.Underlying, best.Expiries, $"{best.Underlying.Symbol} chosen by option open interest, then volume ({others}); --future picks another");
    }

    private static (long Oi, long Volume) Score(ChainTracker tracker, List<ChainExpiry> expiries, long asOf)
    {
        var date = TradingSession.TradeDateOf(asOf);
        long oi = 0, volume = 0;
        foreach (var e in expiries)
        {
            foreach (var s in e.Strikes)
            {
                foreach (var option in new[] { s.Call, s.Put })
                {
                    if (option is null)
                    {
                        continue;
                    }

                    oi += tracker.Statistics.TryGetOpenInterest(option.InstrumentId, out var o) ? o : 0;
                    var trades = tracker.Activity(option.InstrumentId).Trades;
                    volume += trades.HasTrade && trades.TradeDate == date ? trades.Volume : 0;
                }
            }
        }

        return (oi, volume);
    }

    private static CliException NoLiveExpiry(IEnumerable<ChainUnderlying> underlyings, ChainExpirySelector? expiry, long asOf)
    {
        var live = underlyings.SelectMany(u => u.Expiries.Where(e => e.ExpirationNs > asOf).Select(e => e.ExpirationNs)).Distinct().Order()
            .Select(ChainExpirySelector.Format).ToList();
        var listed = live.Count == 0 ? "none" : string.Join(", ", live);
        return expiry is null
            ? new CliException($"every option expired by {Format(asOf)} (as of the last record; --as-of picks an earlier time)")
            : new CliException($"--expiry {expiry.Text}: no live expiry matches at {Format(asOf)} (live expiries: {listed})");
    }

    private static string Format(long ns) =>
        CentralTime.ToCentral(ns).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " CT";
}
