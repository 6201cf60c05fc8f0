using System.Globalization;
using System.Text.Json;

namespace NQStream.Feeds.Simulation;

/// <summary>Writes labels as JSON lines with fixed field order and invariant number formats (byte-identical across runs).</summary>
public static class LabelWriter
{
    /// <summary>Snake-case name of a label kind as written to JSON.</summary>
    public static string KindName(LabelKind kind) => kind switch
    {
        LabelKind.Sweep => "sweep",
        LabelKind.Block => "block",
        LabelKind.Iceberg => "iceberg",
        LabelKind.VolumeShock => "volume_shock",
        _ => "emergency",
    };

    /// <summary>Appends one JSON line per label.</summary>
    public static void Write(Stream output, IEnumerable<FlowLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var l in labels)
        {
            using (var w = new Utf8JsonWriter(output))
            {
                w.WriteStartObject();
                w.WriteString("id", l.Id);
                w.WriteString("kind", KindName(l.Kind));
                w.WriteString("trade_date", l.TradeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("ts_event", l.TsEvent);
                w.WriteNumber("ts_event_last", l.TsEventLast);
                w.WriteNumber("instrument_id", l.InstrumentId);
                w.WriteString("raw_symbol", l.RawSymbol);
                w.WriteNumber("underlying_id", l.UnderlyingId);
                w.WriteString("side", l.Side.ToString());
                w.WriteNumber("contracts", l.Contracts);
                w.WriteNumber("premium_usd", Math.Round(l.PremiumUsd, 2));
                w.WriteNumber("delta", Math.Round(l.Delta, 2));
                w.WriteBoolean("informed", l.Informed);
                w.WriteNumber("events", l.Events);
                w.WriteNumber("levels", l.Levels);
                w.WriteNumber("refills", l.Refills);
                w.WriteNumber("normal_contracts", Math.Round(l.NormalContracts, 3));
                w.WriteNumber("multiplier", Math.Round(l.Multiplier, 3));
                w.WriteNumber("tod_bucket", l.TodBucket);
                w.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>Reads a labels file back (for tests and evaluation tools).</summary>
    public static List<FlowLabel> Read(string path)
    {
        var list = new List<FlowLabel>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                list.Add(new FlowLabel
                {
                    Id = r.GetProperty("id").GetString()!,
                    Kind = ParseKind(r.GetProperty("kind").GetString()!),
                    TradeDate = DateOnly.ParseExact(r.GetProperty("trade_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    TsEvent = r.GetProperty("ts_event").GetUInt64(),
                    TsEventLast = r.GetProperty("ts_event_last").GetUInt64(),
                    InstrumentId = r.GetProperty("instrument_id").GetUInt32(),
                    RawSymbol = r.GetProperty("raw_symbol").GetString()!,
                    UnderlyingId = r.GetProperty("underlying_id").GetUInt32(),
                    Side = r.GetProperty("side").GetString()![0],
                    Contracts = r.GetProperty("contracts").GetInt64(),
                    PremiumUsd = r.GetProperty("premium_usd").GetDouble(),
                    Delta = r.GetProperty("delta").GetDouble(),
                    Informed = r.GetProperty("informed").GetBoolean(),
                    Events = r.GetProperty("events").GetInt32(),
                    Levels = r.GetProperty("levels").GetInt32(),
                    Refills = r.GetProperty("refills").GetInt32(),
                    NormalContracts = r.GetProperty("normal_contracts").GetDouble(),
                    Multiplier = r.GetProperty("multiplier").GetDouble(),
                    TodBucket = r.GetProperty("tod_bucket").GetInt32(),
                });
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNo}: not a label line: {ex.Message}", ex);
            }
        }

        return list;
    }

    private static LabelKind ParseKind(string s) => s switch
    {
        "sweep" => LabelKind.Sweep,
        "block" => LabelKind.Block,
        "iceberg" => LabelKind.Iceberg,
        "volume_shock" => LabelKind.VolumeShock,
        "emergency" => LabelKind.Emergency,
        _ => throw new FormatException($"unknown kind '{s}'"),
    };
}
