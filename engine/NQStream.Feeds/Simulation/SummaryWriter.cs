using System.Globalization;
using System.Text.Json;

namespace NQStream.Feeds.Simulation;

/// <summary>Writes <c>summary.json</c>: the run's parameters, totals, measured magnitudes and per-day counts.</summary>
public static class SummaryWriter
{
    private static readonly char[] Actions = ['A', 'C', 'M', 'T', 'F'];
    private static readonly char[] Classes = ['F', 'C', 'P'];

    /// <summary>Writes the summary of <paramref name="days"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, SimulationOptions options, IReadOnlyList<DaySummary> days)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(days);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("seed", options.Seed);
        w.WriteString("start_date", Date(days.Count > 0 ? days[0].TradeDate : options.StartDate));
        w.WriteNumber("days", days.Count);
        w.WriteNumber("events_per_day", options.EventsPerDay);
        w.WriteString("labels_file", "labels.jsonl");

        long records = 0, events = 0, optContracts = 0, futContracts = 0;
        var byAction = new long[128];
        var byClass = new long[128];
        var byExpiry = new long[4];
        var labels = new int[5];
        double spreadO = 0, spreadF = 0, medO = 0, meanO = 0, meanF = 0, quiet = 0;
        foreach (var d in days)
        {
            records += d.MboRecords;
            events += d.VenueEvents;
            optContracts += d.OptionContracts;
            futContracts += d.FutureContracts;
            foreach (var (k, v) in d.ByAction)
            {
                byAction[k] += v;
            }

            foreach (var (k, v) in d.ByInstrumentClass)
            {
                byClass[k] += v;
            }

            foreach (var (k, v) in d.ByExpiryClass)
            {
                byExpiry[(int)k] += v;
            }

            foreach (var (k, v) in d.Labels)
            {
                labels[(int)k] += v;
            }

            spreadO += d.OptionSpreadTicks / days.Count;
            spreadF += d.FutureSpreadTicks / days.Count;
            medO += d.OptionRecordsMedian / days.Count;
            meanO += d.OptionRecordsMean / days.Count;
            meanF += d.FutureRecordsMean / days.Count;
            quiet = Math.Max(quiet, d.MaxQuietDelta);
        }

        w.WriteStartObject("totals");
        w.WriteNumber("mbo_records", records);
        w.WriteNumber("venue_events", events);
        WriteCounts(w, "by_action", Actions, byAction);
        WriteCounts(w, "by_instrument_class", Classes, byClass);
        w.WriteStartObject("by_expiry_class");
        w.WriteNumber("future", byExpiry[0]);
        w.WriteNumber("weekly", byExpiry[1]);
        w.WriteNumber("monthly", byExpiry[2]);
        w.WriteNumber("quarterly", byExpiry[3]);
        w.WriteEndObject();
        w.WriteStartObject("labels_by_kind");
        for (var k = 0; k < labels.Length; k++)
        {
            w.WriteNumber(LabelWriter.KindName((LabelKind)k), labels[k]);
        }

        w.WriteEndObject();
        w.WriteNumber("option_contracts", optContracts);
        w.WriteNumber("future_contracts", futContracts);
        w.WriteEndObject();

        var adds = Math.Max(byAction['A'], 1);
        w.WriteStartObject("magnitudes");
        w.WriteNumber("cancel_per_add", R(byAction['C'] / (double)adds));
        w.WriteNumber("modify_per_add", R(byAction['M'] / (double)adds));
        w.WriteNumber("trade_per_add", R(byAction['T'] / (double)adds));
        w.WriteNumber("option_share", R((byClass['C'] + byClass['P']) / (double)Math.Max(records, 1)));
        w.WriteNumber("option_spread_ticks_mean", R(spreadO));
        w.WriteNumber("future_spread_ticks_mean", R(spreadF));
        w.WriteNumber("records_per_option_per_day_median", R(medO));
        w.WriteNumber("records_per_option_per_day_mean", R(meanO));
        w.WriteNumber("records_per_future_per_day_mean", R(meanF));
        w.WriteNumber("max_quiet_window_delta", R(quiet));
        w.WriteEndObject();

        w.WriteStartArray("per_day");
        foreach (var d in days)
        {
            w.WriteStartObject();
            w.WriteString("trade_date", Date(d.TradeDate));
            w.WriteNumber("futures", d.Futures);
            w.WriteNumber("options", d.Options);
            w.WriteNumber("mbo_records", d.MboRecords);
            w.WriteNumber("venue_events", d.VenueEvents);
            w.WriteNumber("labels", d.Labels.Values.Sum());
            w.WriteNumber("option_contracts", d.OptionContracts);
            w.WriteNumber("front_open", R(d.FrontOpen));
            w.WriteNumber("front_close", R(d.FrontClose));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, char[] keys, long[] counts)
    {
        w.WriteStartObject(name);
        foreach (var k in keys)
        {
            w.WriteNumber(k.ToString(), counts[k]);
        }

        w.WriteEndObject();
    }

    private static double R(double v) => Math.Round(v, 4);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
