using NQStream.Feeds.Lobster;
using NQStream.Market.Events;
using NQStream.Operators.Book;
using NQStream.Operators.Classification;
using NQStream.Operators.Numerics;
using NQStream.Operators.Pressure;

namespace NQStream.Cli.Reference;

/// <summary>
/// Runs the engine's flow operators (OFI + impact, Kyle's lambda, VPIN, BVC bars, tick/quote/Lee–Ready)
/// over a LOBSTER file pair with the definitions of docs/algorithms.md §8.1. The composition lives here
/// because it needs both the feed adapter and the operators. Choices that §8.1 implies:
/// <list type="bullet">
/// <item>Trades are the <c>T</c> events with a known aggressor (types 4 and 5); the aggressor side is the true sign.</item>
/// <item>Sign rules start with the first book state: a trade before it (row 0) is neither tick- nor
/// quote-classified and counts as incorrect for Lee–Ready.</item>
/// <item>Bins, 30-min blocks and 1-min bars are aligned to the session start of the file name.</item>
/// <item>VPIN bucket volume V = the day's executed volume / n_buckets; BVC σ is the day's sample σ of bar
/// close changes, so both need the day first: trades and bars are kept (low rate) and bucketed at the end.</item>
/// </list>
/// </summary>
internal static class LobsterStats
{
    public static LobsterStatsResult Run(string messagePath, string orderbookPath)
    {
        using var reader = new LobsterReader(messagePath, orderbookPath);
        long t0 = reader.SessionStartNs, t1 = reader.SessionEndNs;

        var byType = new long[8];
        var spreadTw = new TimeWeightedMean();
        var bidTw = new TimeWeightedMean();
        var askTw = new TimeWeightedMean();
        var spreadEw = new RunningMoments();
        var tick = new TickRule();
        var lee = new LeeReady();
        SignAccuracy tickAcc = default, quoteAcc = default, quoteVisible = default, quoteHidden = default, leeAcc = default;

        var ofi = new Ofi(Ofi.DefaultWindowNs, t0);
        var impact = new OfiImpact(OfiImpact.DefaultImpactWindowNs, t0);
        var ofiSink = new SessionOfiSink(impact, t0, t1);
        var kyle = new KyleLambda(originNs: t0);
        var kyleBlocks = new ListSink<RegressionWindow>();
        var bars = new VolumeBars(VolumeBars.DefaultBarNs, t0);
        var barSink = new ListSink<VolumeBar>();
        var trades = new List<(long Ts, int Sign, long Qty)>();

        Span<MarketEvent> events = stackalloc MarketEvent[LobsterReader.MaxEventsPerRow];
        var before = Quote.Empty;
        var hasBefore = false;
        long first = 0, last = 0, visible = 0, hidden = 0;
        while (reader.TryRead(events, out var row))
        {
            var ts = (long)row.TsEvent;
            if (row.Row == 0)
            {
                first = ts;
            }

            last = ts;
            byType[(int)row.Type]++;
            for (var i = 0; i < row.EventCount; i++)
            {
                ref readonly var e = ref events[i];
                if (e.Kind != EventKind.Mbo || e.Action != (byte)'T' || e.Side is not ((byte)'B' or (byte)'A'))
                {
                    continue;
                }

                var truth = e.Side == (byte)'B' ? 1 : -1;
                if (row.Type == LobsterEventType.VisibleExecution)
                {
                    visible += e.Size;
                }
                else
                {
                    hidden += e.Size;
                }

                if (hasBefore)
                {
                    var q = QuoteRule.Classify(e.Price, before);
                    tickAcc.Record(tick.Classify(e.Price), truth);
                    quoteAcc.Record(q, truth);
                    if (row.Type == LobsterEventType.VisibleExecution)
                    {
                        quoteVisible.Record(q, truth);
                    }
                    else
                    {
                        quoteHidden.Record(q, truth);
                    }

                    leeAcc.Record(lee.Classify(e.Price, before).Sign, truth);
                }
                else
                {
                    leeAcc.Record(0, truth);
                }

                kyle.OnTrade(ts, truth, e.Size, ref kyleBlocks);
                bars.OnTrade(ts, e.Price, e.Size, ref barSink);
                trades.Add((ts, truth, e.Size));
            }

            var book = row.Book;
            var quote = new Quote(book.BidPx, book.BidSz, book.AskPx, book.AskSz);
            if (book.IsTwoSided)
            {
                var spreadCents = (book.AskPx - book.BidPx) / (LobsterReader.PriceToFixed * 100.0);
                spreadTw.Observe(ts, spreadCents);
                spreadEw.Add(spreadCents);
                bidTw.Observe(ts, book.BidSz);
                askTw.Observe(ts, book.AskSz);
            }
            else
            {
                spreadTw.Suspend(ts);
                bidTw.Suspend(ts);
                askTw.Suspend(ts);
            }

            ofi.OnQuote(ts, quote, ref ofiSink);
            kyle.OnQuote(ts, quote, ref kyleBlocks);
            before = quote;
            hasBefore = true;
        }

        ofi.AdvanceTo(t1, ref ofiSink);
        ofiSink.Flush();
        kyle.AdvanceTo(t1, ref kyleBlocks);
        kyle.Flush(ref kyleBlocks);
        bars.Flush(ref barSink);

        var (exact, bvc, sigma) = RunVpin(trades, barSink.Items);
        var blocks = ofiSink.Blocks.ConvertAll(ToTicks);
        return new LobsterStatsResult
        {
            Events = reader.Rows,
            EventsByType = Enumerable.Range(1, 7).ToDictionary(t => t, t => byType[t]),
            FirstTsNs = first,
            LastTsNs = last,
            ExecutedSharesVisible = visible,
            ExecutedSharesHidden = hidden,
            SpreadTimeWeightedCents = spreadTw.MeanUntil(t1),
            SpreadEventWeightedCents = spreadEw.Mean,
            DepthBidTimeWeighted = bidTw.MeanUntil(t1),
            DepthAskTimeWeighted = askTw.MeanUntil(t1),
            TickRule = Of(tickAcc, overAll: false),
            QuoteRule = Of(quoteAcc, overAll: false),
            QuoteRuleVisible = Of(quoteVisible, overAll: false),
            QuoteRuleHidden = Of(quoteHidden, overAll: false),
            LeeReady = Of(leeAcc, overAll: true),
            OfiDay = ToTicks(impact.Day),
            OfiBlocks = blocks,
            OfiR2Mean30Min = MeanOf(blocks, b => b.Fit?.R2),
            OfiBetaMean30Min = MeanOf(blocks, b => b.Fit?.Beta),
            KyleDay = ToTicks(kyle.Day),
            VpinExact = exact,
            VpinBvc = bvc,
            BvcBars = barSink.Items.Count,
            BvcSigmaDollars = sigma,
        };
    }

    private static (LobsterStatsResult.Vpins Exact, LobsterStatsResult.Vpins Bvc, double? Sigma) RunVpin(
        List<(long Ts, int Sign, long Qty)> trades, List<VolumeBar> bars)
    {
        var total = 0L;
        foreach (var t in trades)
        {
            total += t.Qty;
        }

        if (total == 0)
        {
            var none = new LobsterStatsResult.Vpins(null, 0, 0, null, null);
            return (none, none, null);
        }

        var v = (double)total / Vpin.DefaultBuckets;
        var exact = new Vpin(v);
        var exactBuckets = new ListSink<VpinBucket>();
        foreach (var t in trades)
        {
            exact.OnTrade(t.Ts, t.Sign, t.Qty, ref exactBuckets);
        }

        var moments = new RunningMoments();
        for (var i = 1; i < bars.Count; i++)
        {
            moments.Add((bars[i].ClosePx - bars[i - 1].ClosePx) * Quote.PointsPerUnit);
        }

        var sigma = moments.SampleStdDev;
        var bvc = new Vpin(v);
        var bvcBuckets = new ListSink<VpinBucket>();
        if (sigma is > 0)
        {
            for (var i = 0; i < bars.Count; i++)
            {
                double? dp = i == 0 ? null : (bars[i].ClosePx - bars[i - 1].ClosePx) * Quote.PointsPerUnit;
                bvc.OnVolume(bars[i].StartNs, bars[i].Volume, BulkVolumeClassification.BuyFraction(dp, sigma.Value), ref bvcBuckets);
            }
        }

        return (Summarize(exact, exactBuckets.Items), Summarize(bvc, bvcBuckets.Items), sigma);
    }

    private static LobsterStatsResult.Vpins Summarize(Vpin vpin, List<VpinBucket> buckets) => new(
        vpin.Current,
        vpin.Buckets,
        vpin.BucketVolume,
        buckets.Count > 0 ? buckets.Min(b => b.Imbalance) : null,
        buckets.Count > 0 ? buckets.Max(b => b.Imbalance) : null);

    private static LobsterStatsResult.Accuracy Of(SignAccuracy a, bool overAll) =>
        new(a.Correct, overAll ? a.Total : a.Classified, overAll ? a.OfAll : a.OfClassified);

    // Regressions run in points (dollars for equities); §8 reports β and α in ticks of $0.01.
    private static RegressionWindow ToTicks(RegressionWindow w) => w with
    {
        Fit = w.Fit is { } f ? f with { Beta = f.Beta / LobsterStatsResult.TickDollars, Alpha = f.Alpha / LobsterStatsResult.TickDollars } : null,
    };

    private static double? MeanOf(List<RegressionWindow> blocks, Func<RegressionWindow, double?> value)
    {
        var m = new RunningMoments();
        foreach (var b in blocks)
        {
            if (value(b) is { } x)
            {
                m.Add(x);
            }
        }

        return m.Mean;
    }
}
