using System.Globalization;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Hosting;
using NQStream.Market.Sessions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Cli.Commands;

/// <summary>
/// What <c>nqstream evaluate</c> reads from a store: the signals, the bracket outcome of each tracked signal, and the
/// time range the store covers (min..max <c>ts</c> over the <c>signals</c> and <c>windows</c> tables).
/// </summary>
internal sealed class EvaluateStore
{
    private static readonly string[] Tables = ["signals", "signal_outcomes", "windows"];

    private EvaluateStore(List<EvaluateSignal> signals, Dictionary<string, (long Ts, BracketResolution Resolution)> outcomes, (long Start, long End)? range)
    {
        Signals = signals;
        Outcomes = outcomes;
        Range = range;
    }

    /// <summary>Signals in (ts, signal_id) order.</summary>
    public IReadOnlyList<EvaluateSignal> Signals { get; }

    /// <summary>
    /// Outcome per signal id. When a signal has several rows (a store appended by more than one run), a resolved
    /// outcome wins over UNRESOLVED, then the earliest <c>ts</c>.
    /// </summary>
    public IReadOnlyDictionary<string, (long Ts, BracketResolution Resolution)> Outcomes { get; }

    /// <summary>Covered <c>ts</c> range, inclusive; null when both tables are empty.</summary>
    public (long Start, long End)? Range { get; }

    public static EvaluateStore Read(string path)
    {
        using var connection = StoreInput.Open(path);
        try
        {
            var columns = Columns(connection, path);
            var signals = ReadSignals(connection, path, columns);
            var outcomes = ReadOutcomes(connection, path);
            return new EvaluateStore(signals, outcomes, ReadRange(connection));
        }
        catch (SqliteException ex)
        {
            throw new CliException($"store {path}: cannot read: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }

    private static HashSet<string> Columns(SqliteConnection c, string path)
    {
        using var cmd = c.CreateCommand();
        foreach (var table in Tables)
        {
            cmd.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
            if ((long)cmd.ExecuteScalar()! == 0)
            {
                throw new CliException($"store {path}: table '{table}' not found (an NQStream store written by 'nqstream replay' has it)");
            }
        }

        cmd.CommandText = "SELECT name FROM pragma_table_info('signals')";
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            names.Add(r.GetString(0));
        }

        return names;
    }

    private static List<EvaluateSignal> ReadSignals(SqliteConnection c, string path, HashSet<string> columns)
    {
        // The accuracy columns are optional: stores written before they existed fall back to documented defaults.
        string Optional(string name) => columns.Contains(name) ? "\"" + name + "\"" : "NULL";
        using var cmd = c.CreateCommand();
        cmd.CommandText =
            "SELECT ts, signal_id, underlying, instrument_id, raw_symbol, kind, direction, signal_class, priority, confidence, score, param_set, " +
            $"{Optional("underlying_id")}, {Optional("bucket_start")}, {Optional("suspect")} FROM signals ORDER BY ts, signal_id";
        using var r = cmd.ExecuteReader();
        var list = new List<EvaluateSignal>();
        var underlyings = new Dictionary<string, uint>(StringComparer.Ordinal);
        while (r.Read())
        {
            var ts = r.GetInt64(0);
            var id = Text(r, 1, path, "?", "signal_id");
            var instrument = r.IsDBNull(3) ? -1 : r.GetInt64(3);
            if (instrument is < 0 or > uint.MaxValue)
            {
                throw Bad(path, id, "instrument_id", r.IsDBNull(3) ? "NULL" : instrument.ToString(CultureInfo.InvariantCulture), "an unsigned 32-bit instrument id");
            }

            // ScoredSet clusters by underlying: the recorded id when there is one (emergency labels match on it), else a
            // stand-in id per underlying symbol with the top bit set (never a real instrument id in these files).
            uint underlying;
            if (!r.IsDBNull(12) && r.GetInt64(12) is > 0 and <= uint.MaxValue)
            {
                underlying = (uint)r.GetInt64(12);
            }
            else
            {
                var symbol = Text(r, 2, path, id, "underlying");
                if (!underlyings.TryGetValue(symbol, out underlying))
                {
                    underlying = 0x8000_0000u + (uint)underlyings.Count;
                    underlyings.Add(symbol, underlying);
                }
            }

            var signal = new Signal
            {
                Id = id,
                TsEvent = ts,
                UnderlyingId = underlying,
                InstrumentId = (uint)instrument,
                RawSymbol = r.IsDBNull(4) ? string.Empty : r.GetString(4),
                Kind = KindOf(Text(r, 5, path, id, "kind"), path, id),
                Direction = DirectionOf(Text(r, 6, path, id, "direction"), path, id),
                Class = ClassOf(Text(r, 7, path, id, "signal_class"), path, id),
                Priority = PriorityOf(Text(r, 8, path, id, "priority"), path, id),
                Confidence = r.IsDBNull(9) ? double.NaN : r.GetDouble(9),
                Score = r.IsDBNull(10) ? double.NaN : r.GetDouble(10),
                Features = [],
                Rationale = string.Empty,
                ParameterSetId = r.IsDBNull(11) ? string.Empty : r.GetString(11),
            };
            var bucket = !r.IsDBNull(13) && r.GetInt64(13) > 0 ? r.GetInt64(13) : BucketStartOf(ts);
            list.Add(new EvaluateSignal(signal, bucket, !r.IsDBNull(14) && r.GetInt64(14) != 0));
        }

        return list;
    }

    private static Dictionary<string, (long Ts, BracketResolution Resolution)> ReadOutcomes(SqliteConnection c, string path)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT ts, signal_id, outcome FROM signal_outcomes ORDER BY signal_id, ts";
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, (long Ts, BracketResolution Resolution)>(StringComparer.Ordinal);
        while (r.Read())
        {
            var id = r.IsDBNull(1) ? "?" : r.GetString(1);
            var name = r.IsDBNull(2) ? "NULL" : r.GetString(2);
            if (!BracketResolutionNames.TryParse(name, out var resolution))
            {
                throw new CliException($"store {path}: signal_outcomes row for signal '{id}': outcome '{name}': expected HIT, MISS, TIMEOUT or UNRESOLVED");
            }

            if (!map.TryGetValue(id, out var held) || (held.Resolution == BracketResolution.Unresolved && resolution != BracketResolution.Unresolved))
            {
                map[id] = (r.GetInt64(0), resolution);
            }
        }

        return map;
    }

    private static (long, long)? ReadRange(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT min(ts), max(ts) FROM (SELECT ts FROM signals UNION ALL SELECT ts FROM windows)";
        using var r = cmd.ExecuteReader();
        return r.Read() && !r.IsDBNull(0) ? (r.GetInt64(0), r.GetInt64(1)) : null;
    }

    // ToD buckets are 30 min from a session open on the hour (§0.2), so they coincide with epoch-aligned 30-min steps.
    internal static long BucketStartOf(long ts) => ts - (((ts % TradingSession.BucketNs) + TradingSession.BucketNs) % TradingSession.BucketNs);

    private static string Text(SqliteDataReader r, int i, string path, string id, string column) =>
        r.IsDBNull(i) ? throw Bad(path, id, column, "NULL", "a value") : r.GetString(i);

    private static CliException Bad(string path, string id, string column, string got, string expected) =>
        new($"store {path}: signals row '{id}': column '{column}': expected {expected}, got {got}");

    // Store names: the label kinds (volume_shock …) or SignalNames (VOLUME_SHOCK …); volume_ratio is the older name.
    private static SignalKind KindOf(string s, string path, string id) => s.ToUpperInvariant() switch
    {
        "VOLUME_SHOCK" or "VOLUME_RATIO" => SignalKind.VolumeShock,
        "SWEEP" => SignalKind.Sweep,
        "BLOCK" => SignalKind.Block,
        "ICEBERG" => SignalKind.Iceberg,
        "EMERGENCY" => SignalKind.Emergency,
        _ => throw Bad(path, id, "kind", "'" + s + "'", "volume_shock|sweep|block|iceberg|emergency"),
    };

    private static SignalDirection DirectionOf(string s, string path, string id) => s.ToUpperInvariant() switch
    {
        "BULLISH" => SignalDirection.Bullish,
        "BEARISH" => SignalDirection.Bearish,
        "NEUTRAL" => SignalDirection.Neutral,
        _ => throw Bad(path, id, "direction", "'" + s + "'", "bullish|bearish|neutral"),
    };

    private static RatioClass ClassOf(string s, string path, string id) => s.ToUpperInvariant() switch
    {
        "NONE" => RatioClass.None,
        "MODERATE" => RatioClass.Moderate,
        "HIGH" => RatioClass.High,
        "VERY_HIGH" => RatioClass.VeryHigh,
        "EXTREME" => RatioClass.Extreme,
        _ => throw Bad(path, id, "signal_class", "'" + s + "'", "NONE|MODERATE|HIGH|VERY_HIGH|EXTREME"),
    };

    private static SignalPriority PriorityOf(string s, string path, string id) => s.ToUpperInvariant() switch
    {
        "IMMEDIATE" => SignalPriority.Immediate,
        "HIGH" => SignalPriority.High,
        "MEDIUM" => SignalPriority.Medium,
        "LOW" => SignalPriority.Low,
        _ => throw Bad(path, id, "priority", "'" + s + "'", "IMMEDIATE|HIGH|MEDIUM|LOW"),
    };
}
