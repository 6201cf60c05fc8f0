using System.CommandLine;
using System.Globalization;
using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream signals --store PATH [--since T] [--priority P]</c>: lists stored signals in time order.</summary>
internal static class SignalsCommand
{
    private static readonly string[] Priorities = ["IMMEDIATE", "HIGH", "MEDIUM", "LOW"];

    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "Store file (SQLite)", Required = true };
        var since = new Option<string?>("--since") { Description = "Only signals at or after T: ISO-8601 UTC (2026-11-20T14:30:00Z) or ns since the epoch" };
        var priority = new Option<string?>("--priority") { Description = "Only this priority: IMMEDIATE, HIGH, MEDIUM or LOW" };
        var limit = new Option<int?>("--limit") { Description = "At most N signals" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of signal objects" };
        var csv = new Option<bool>("--csv") { Description = "Print CSV (RFC 4180) with a header row" };
        var command = new Command("signals", "List signals from the embedded store.") { store, since, priority, limit, json, csv };
        command.SetAction(parse =>
        {
            using var connection = StoreInput.Open(parse.GetValue(store)!);
            using var cmd = connection.CreateCommand();
            cmd.CommandText =
                "SELECT ts, signal_id, raw_symbol, kind, direction, signal_class, priority, confidence, score, ev, probability, " +
                "target, stop, size, param_set, rationale FROM signals WHERE ts >= $since AND ($priority IS NULL OR priority = $priority) " +
                "ORDER BY ts, signal_id LIMIT $limit";
            cmd.Parameters.AddWithValue("$since", ParseSince(parse.GetValue(since)));
            cmd.Parameters.AddWithValue("$priority", (object?)ParsePriority(parse.GetValue(priority)) ?? DBNull.Value);
            int? max = parse.GetValue(limit);
            if (max is < 1)
            {
                throw new CliException($"--limit must be at least 1 (got {max})");
            }

            cmd.Parameters.AddWithValue("$limit", max ?? -1);
            using var reader = cmd.ExecuteReader();
            QueryOutput.Write(parse.Out(), parse.Ansi(), reader, parse.GetValue(json), parse.GetValue(csv), Format);
            return CliApp.ExitOk;
        });
        return command;
    }

    internal static long ParseSince(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return long.MinValue;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long ns))
        {
            return ns;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            return (t.UtcTicks - DateTime.UnixEpoch.Ticks) * 100;
        }

        throw new CliException($"--since '{text}': expected an ISO-8601 time such as 2026-11-20T14:30:00Z or nanoseconds since the epoch");
    }

    private static string? ParsePriority(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string upper = text.ToUpperInvariant();
        return Array.IndexOf(Priorities, upper) >= 0
            ? upper
            : throw new CliException($"--priority '{text}': expected one of {string.Join(", ", Priorities)}");
    }

    private static string Format(string column, object value) =>
        column == "ts" && value is long ns && ns >= 0 ? Timestamps.Format((ulong)ns) : QueryOutput.Plain(value);
}
