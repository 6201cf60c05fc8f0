using NQStream.Feeds.Replay;
using NQStream.Feeds.Simulation;
using NQStream.Market.Events;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>
/// Simulates seeded trade dates into a temp folder, replays each day's MBO file (DbnReplaySource) through a fresh
/// <see cref="IcebergDetector"/>, and scores the confirmed candidates against the iceberg labels.
/// </summary>
/// <remarks>
/// A label's price is not in the label file; it is read from the MBO independently of the detector: the injector's
/// aggressor takes everything ahead of the iceberg plus its clip, so the iceberg is the last <c>F</c> of the label's
/// side in the instrument's event at the label's <c>ts_event</c>. A label is detected when a candidate of the same
/// instrument, side and raw price is confirmed at a <c>ts_event</c> in [label ts, label last ts]. Every confirmed
/// candidate that detects no label is a false candidate.
/// </remarks>
internal static class SimulatedIcebergRun
{
    public static SimulationOptions Options(ulong seed, int days, long eventsPerDay, bool marketMakersOnly)
    {
        var o = new SimulationOptions
        {
            Seed = seed,
            Days = days,
            EventsPerDay = eventsPerDay,
            StrikeBand = 0.015,
            WeeklyHorizonDays = 5,
            MonthlyHorizonDays = 30,
            QuarterlyHorizonDays = 200,
        };
        if (marketMakersOnly)
        {
            o.SweepsPerDay = 0;
            o.BlocksPerDay = 0;
            o.IcebergsPerDay = 0;
            o.VolumeShocksPerDay = 0;
            o.EmergenciesPerDay = 0;
        }

        return o;
    }

    /// <summary>Simulates and scores every day.</summary>
    /// <param name="simulation">Simulator options.</param>
    /// <param name="detector">Detector options.</param>
    /// <param name="asSynthetic">
    /// Re-key each native refill (an <c>A</c> of an order id seen before) to a fresh order id, so the injected icebergs
    /// become participant-managed ones (refill in the fill's event, same size); then only labels with at least
    /// <c>min_refills</c> refills can be found and are scored.
    /// </param>
    public static List<IcebergDayScore> Run(SimulationOptions simulation, IcebergOptions detector, bool asSynthetic = false)
    {
        var dir = Path.Combine(Path.GetTempPath(), "nq-iceberg-" + Guid.NewGuid().ToString("N"));
        try
        {
            new Simulator(simulation).Run(dir);
            var labels = LabelWriter.Read(Path.Combine(dir, "labels.jsonl"));
            var scores = new List<IcebergDayScore>();
            foreach (var dayDir in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
            {
                var date = DateOnly.ParseExact(Path.GetFileName(dayDir), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var dayLabels = labels.Where(l => l.Kind == LabelKind.Iceberg && l.TradeDate == date && (!asSynthetic || l.Refills >= detector.MinRefills)).ToList();
                scores.Add(ScoreDay(simulation.Seed, date, Path.Combine(dayDir, "mbo.dbn.zst"), dayLabels, detector, asSynthetic));
            }

            return scores;
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Simulates one day and returns its MBO records as normalized events (for allocation checks and benchmarks).</summary>
    public static MarketEvent[] MboDay(SimulationOptions simulation)
    {
        var dir = Path.Combine(Path.GetTempPath(), "nq-iceberg-" + Guid.NewGuid().ToString("N"));
        try
        {
            new Simulator(simulation).Run(dir);
            var day = Directory.GetDirectories(dir).Order(StringComparer.Ordinal).First();
            var events = new List<MarketEvent>();
            using var source = new DbnReplaySource([Path.Combine(day, "mbo.dbn.zst")]);
            while (source.TryNext(out var e))
            {
                if (e.Kind == EventKind.Mbo)
                {
                    events.Add(e);
                }
            }

            return [.. events];
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static IcebergDayScore ScoreDay(ulong seed, DateOnly date, string mbo, List<FlowLabel> labels, IcebergOptions options, bool asSynthetic)
    {
        var seen = new HashSet<ulong>();
        var alias = new Dictionary<ulong, ulong>();
        var nextAlias = 1UL << 62;
        var truthPrice = new Dictionary<(uint Instrument, long Ts, byte Side), long>();
        foreach (var l in labels)
        {
            truthPrice[(l.InstrumentId, (long)l.TsEvent, (byte)l.Side)] = long.MinValue;
        }

        var detector = new IcebergDetector(options);
        var found = new List<IcebergCandidate>();
        var sink = new ListSink(found);
        var instruments = new HashSet<uint>();
        long records = 0;
        using (var source = new DbnReplaySource([mbo]))
        {
            while (source.TryNext(out var e))
            {
                if (e.Kind != EventKind.Mbo)
                {
                    continue;
                }

                records++;
                instruments.Add(e.InstrumentId);
                if (asSynthetic && e.OrderId != 0)
                {
                    if (e.Action == (byte)'A' && !seen.Add(e.OrderId))
                    {
                        alias[e.OrderId] = nextAlias++;
                    }

                    if (alias.TryGetValue(e.OrderId, out var renamed))
                    {
                        e.OrderId = renamed;
                    }
                }

                var key = (e.InstrumentId, (long)e.TsEvent, e.Side);
                if (e.Action == (byte)'F' && truthPrice.ContainsKey(key))
                {
                    truthPrice[key] = e.Price;   // the last F of the label's side is the iceberg
                }

                detector.OnRecord(in e, ref sink);
            }
        }

        detector.Flush(ref sink);
        var confirmed = found.Where(c => c.Status == IcebergStatus.Active).ToList();
        var matched = new HashSet<IcebergCandidateId>();
        var detected = 0;
        foreach (var l in labels)
        {
            var price = truthPrice[(l.InstrumentId, (long)l.TsEvent, (byte)l.Side)];
            var hit = confirmed.FirstOrDefault(c => c.InstrumentId == l.InstrumentId && c.Side == (byte)l.Side && c.PriceRaw == price
                && c.TsEvent >= (long)l.TsEvent && c.TsEvent <= (long)l.TsEventLast);
            if (hit.Status == IcebergStatus.Active && hit.TsEvent != 0)
            {
                detected++;
                matched.Add(hit.Id);
            }
        }

        var unmatched = confirmed.Where(c => !matched.Contains(c.Id)).ToList();
        var maxPerInstrument = unmatched.Count == 0 ? 0 : unmatched.GroupBy(c => c.InstrumentId).Max(g => g.Count());
        return new IcebergDayScore(seed, date, instruments.Count, labels.Count, detected, confirmed.Count, unmatched.Count, maxPerInstrument, records, unmatched);
    }
}
