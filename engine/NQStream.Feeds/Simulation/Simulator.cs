using System.Globalization;
using NQStream.Market.Dbn;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Runs the synthetic NQ market over consecutive trade dates and writes, per date, a folder
/// <c>YYYY-MM-DD/</c> with <c>definitions.dbn.zst</c>, <c>statistics.dbn.zst</c> and <c>mbo.dbn.zst</c>
/// (DBN v3, GLBX.MDP3 conventions, each ordered by ts_recv), plus one <c>labels.jsonl</c> for the run
/// (ground truth, ordered by date then ts_event) and <c>summary.json</c>. Days run in order because the
/// price path, strike listings and open interest carry over; the same options give byte-identical files.
/// </summary>
public sealed class Simulator
{
    private readonly SimulationOptions _o;

    /// <summary>Creates a simulator; throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    public Simulator(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid simulation options: " + string.Join("; ", errors), nameof(options));
        }

        _o = options;
    }

    /// <summary>Simulates every day into <paramref name="outDir"/>, reporting progress as records are written.</summary>
    public SimulationResult Run(string outDir, IProgress<SimulationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        Directory.CreateDirectory(outDir);
        var calendar = new TradingCalendar(_o.Holidays);
        var series = new OptionSeriesCalendar(calendar, _o);
        var profile = new IntradayProfile();
        var path = new FuturePricePath(_o, profile);
        var day = new DaySimulator(_o, profile, path, new OrderIdAllocator());
        var strikes = new Dictionary<string, (int Lo, int Hi)>(StringComparer.Ordinal);
        var oi = new OpenInterestBook(_o.Seed);
        var summaries = new List<DaySummary>();
        var labelCount = 0;
        long total = 0;
        var date = calendar.OnOrAfter(_o.StartDate);
        using var labels = new FileStream(Path.Combine(outDir, "labels.jsonl"), FileMode.Create, FileAccess.Write);
        for (var i = 0; i < _o.Days; i++, date = calendar.Next(date))
        {
            var dir = Path.Combine(outDir, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var instruments = BuildInstruments(date, series, strikes, path);
            oi.Seed(instruments, i == 0, path.Price, path.NextPrice);
            var (parents, mappings) = Symbology(instruments, date);
            WriteDefinitions(Path.Combine(dir, "definitions.dbn.zst"), instruments, DefinitionFactory.Metadata(Schema.Definition, date, parents, mappings));

            var dayIndex = i;
            var tradeDate = date;
            var before = total;
            var result = day.Run(date, i, instruments, Path.Combine(dir, "mbo.dbn.zst"), DefinitionFactory.Metadata(Schema.Mbo, date, parents, mappings),
                progress is null ? null : n => progress.Report(new SimulationProgress(dayIndex, _o.Days, tradeDate, n, before + n, false)));
            total += result.Counters.Records;

            using (var stats = DbnWriter.Create(Path.Combine(dir, "statistics.dbn.zst"), DefinitionFactory.Metadata(Schema.Statistics, date, parents, mappings), _o.ZstdLevel))
            {
                oi.Write(stats, instruments, calendar.Previous(date), date);
            }

            oi.EndOfDay(instruments, 0x0200_0000UL + ((ulong)i << 32));
            LabelWriter.Write(labels, result.Labels);
            labelCount += result.Labels.Count;
            summaries.Add(Summarize(result));
            progress?.Report(new SimulationProgress(i, _o.Days, date, result.Counters.Records, total, true));
        }

        labels.Flush();
        SummaryWriter.Write(Path.Combine(outDir, "summary.json"), _o, summaries);
        return new SimulationResult(summaries, labelCount);
    }

    private SimInstrument[] BuildInstruments(DateOnly date, OptionSeriesCalendar calendar, Dictionary<string, (int Lo, int Hi)> strikes, FuturePricePath path)
    {
        var (front, next) = OptionSeriesCalendar.Futures(date);
        var list = new List<SimInstrument>
        {
            Future(front, 0),
            Future(next, 1),
        };
        foreach (var s in calendar.LiveSeries(date))
        {
            var slot = s.Underlying.InstrumentId == front.InstrumentId ? 0 : 1;
            var f = slot == 0 ? path.Price : path.NextPrice;
            var lo = (int)Math.Floor(f * (1 - _o.StrikeBand) / 10) * 10;
            var hi = (int)Math.Ceiling(f * (1 + _o.StrikeBand) / 10) * 10;
            if (strikes.TryGetValue(s.Symbol, out var known))
            {
                lo = Math.Min(lo, known.Lo);
                hi = Math.Max(hi, known.Hi);
            }

            strikes[s.Symbol] = (lo, hi);
            for (var k = lo; k <= hi; k += 10)
            {
                foreach (var call in (ReadOnlySpan<bool>)[true, false])
                {
                    var symbol = string.Create(CultureInfo.InvariantCulture, $"{s.Symbol} {(call ? 'C' : 'P')}{k}");
                    list.Add(new SimInstrument(InstrumentIds.Option(s.ExpiryDate, call, k), symbol, s.Class, (byte)(call ? 'C' : 'P'), k,
                        s.ExpirationNs, s.ActivationNs, s, s.Underlying, slot, _o.QuoteLevels));
                }
            }
        }

        var array = list.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            array[i].Slot = i;
        }

        return array;
    }

    private static SimInstrument Future(FutureContract c, int slot)
    {
        var activation = TradingCalendar.SessionOpenNs(c.ExpiryDate.AddMonths(-15));
        return new SimInstrument(c.InstrumentId, c.Symbol, ExpiryClass.Future, (byte)'F', 0, c.ExpirationNs, activation, null, c, slot, 5);
    }

    private static (List<string> Parents, List<SymbolMapping> Mappings) Symbology(SimInstrument[] instruments, DateOnly date)
    {
        var parents = new List<string> { "NQ.FUT" };
        var mappings = new List<SymbolMapping>(instruments.Length);
        var start = (uint)((date.Year * 10000) + (date.Month * 100) + date.Day);
        var nextDay = date.AddDays(1);
        var end = (uint)((nextDay.Year * 10000) + (nextDay.Month * 100) + nextDay.Day);
        foreach (var inst in instruments)
        {
            if (inst.Series is not null)
            {
                var parent = inst.Series.Root + ".OPT";
                if (!parents.Contains(parent))
                {
                    parents.Add(parent);
                }
            }

            mappings.Add(new SymbolMapping(inst.RawSymbol, [new SymbolInterval(start, end, inst.Id.ToString(CultureInfo.InvariantCulture))]));
        }

        return (parents, mappings);
    }

    private static void WriteDefinitions(string path, SimInstrument[] instruments, DbnMetadata metadata)
    {
        using var writer = DbnWriter.Create(path, metadata);
        var ts = metadata.Start - (15 * 60 * 1_000_000_000UL);
        for (var i = 0; i < instruments.Length; i++)
        {
            writer.Write(DefinitionFactory.Create(instruments[i], ts, ts + 5_000 + ((ulong)i * 10)));
        }
    }

    private static DaySummary Summarize(DayResult r)
    {
        var c = r.Counters;
        var options = new List<long>(r.RecordsPerInstrument.Length);
        for (var i = 2; i < r.RecordsPerInstrument.Length; i++)
        {
            options.Add(r.RecordsPerInstrument[i]);
        }

        options.Sort();
        var labels = new Dictionary<LabelKind, int>();
        foreach (LabelKind k in Enum.GetValues<LabelKind>())
        {
            labels[k] = r.Labels.Count(l => l.Kind == k);
        }

        return new DaySummary
        {
            TradeDate = r.TradeDate,
            Futures = r.Futures,
            Options = r.Options,
            MboRecords = c.Records,
            VenueEvents = c.VenueEvents,
            ByAction = new Dictionary<char, long> { ['A'] = c.ByAction['A'], ['C'] = c.ByAction['C'], ['M'] = c.ByAction['M'], ['T'] = c.ByAction['T'], ['F'] = c.ByAction['F'] },
            ByInstrumentClass = new Dictionary<char, long> { ['F'] = c.FutureRecords, ['C'] = c.CallRecords, ['P'] = c.PutRecords },
            ByExpiryClass = new Dictionary<ExpiryClass, long>
            {
                [ExpiryClass.Future] = c.ByExpiryClass[0],
                [ExpiryClass.Weekly] = c.ByExpiryClass[1],
                [ExpiryClass.Monthly] = c.ByExpiryClass[2],
                [ExpiryClass.Quarterly] = c.ByExpiryClass[3],
            },
            Labels = labels,
            OptionContracts = c.OptionContracts,
            FutureContracts = c.FutureContracts,
            OptionSpreadTicks = c.OptionSpreadSamples == 0 ? 0 : c.OptionSpreadTicks / c.OptionSpreadSamples,
            FutureSpreadTicks = c.FutureSpreadSamples == 0 ? 0 : c.FutureSpreadTicks / c.FutureSpreadSamples,
            OptionRecordsMedian = options.Count == 0 ? 0 : options[options.Count / 2],
            OptionRecordsMean = options.Count == 0 ? 0 : options.Average(),
            FutureRecordsMean = (r.RecordsPerInstrument[0] + r.RecordsPerInstrument[1]) / 2.0,
            MaxQuietDelta = r.MaxQuietDelta,
            FrontOpen = r.FrontOpen,
            FrontClose = r.FrontClose,
        };
    }
}
