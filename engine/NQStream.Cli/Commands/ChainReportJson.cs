using System.Text;
using System.Text.Json;
using NQStream.Market.Pricing;
using NQStream.Operators.Legacy;

namespace NQStream.Cli.Commands;

/// <summary>The <c>--json</c> form of a <see cref="ChainReport"/>: exactly the documented keys, snake_case.</summary>
internal static class ChainReportJson
{
    public static string Write(ChainReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("underlying");
            WriteStringOrNull(w, "symbol", report.Snapshot.UnderlyingSymbol);
            w.WriteNumber("price", report.Forward);
            w.WriteString("source", report.ForwardSource);
            w.WriteEndObject();
            WriteNumberOrNull(w, "as_of", report.AsOfNs);
            WritePositioning(w, report.Positioning);
            WriteSpikes(w, report.Spikes);
            WriteNumberOrNull(w, "max_pain", report.MaxPain.Count > 0 ? report.MaxPain[0].Strike : null);
            w.WriteStartArray("max_pain_by_expiry");
            foreach (var mp in report.MaxPain)
            {
                w.WriteStartObject();
                WriteNumberOrNull(w, "expiration", mp.ExpirationNs);
                w.WriteNumber("strike", mp.Strike);
                w.WriteNumber("pain_usd", mp.PainUsd);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteNumberOrNull(w, "call_wall", report.Walls.CallWall);
            WriteNumberOrNull(w, "put_wall", report.Walls.PutWall);
            w.WriteStartObject("gex");
            WriteNumberOrNull(w, "net", report.GexPriced ? report.Gex.NetGex : null);
            WriteNumberOrNull(w, "zero_gamma", report.GexPriced ? report.Gex.ZeroGamma : null);
            w.WriteStartArray("by_strike");
            foreach (var s in report.Gex.PerStrike)
            {
                if (s.OiCall + s.OiPut == 0)
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteNumber("strike", s.Strike);
                w.WriteNumber("oi_call", s.OiCall);
                w.WriteNumber("oi_put", s.OiPut);
                WriteNumberOrNull(w, "gex", s.Gex);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Name(RiskBias bias) => bias switch
    {
        RiskBias.Upward => "UPWARD",
        RiskBias.Downward => "DOWNWARD",
        _ => "BALANCED",
    };

    public static string Name(RiskBand band) => band switch
    {
        RiskBand.Immediate => "IMMEDIATE",
        RiskBand.NearTerm => "NEAR_TERM",
        RiskBand.MediumTerm => "MEDIUM_TERM",
        _ => "DISTANT",
    };

    public static string Name(SpikeClass c) => c switch
    {
        SpikeClass.Extreme => "EXTREME",
        SpikeClass.VeryHigh => "VERY_HIGH",
        SpikeClass.High => "HIGH",
        _ => "MODERATE",
    };

    public static string Name(SpikeDirection d) => d switch
    {
        SpikeDirection.Long => "LONG",
        SpikeDirection.Short => "SHORT",
        SpikeDirection.Flat => "FLAT",
        _ => "UNKNOWN",
    };

    public static string Name(OptionType t) => t == OptionType.Call ? "CALL" : "PUT";

    private static void WritePositioning(Utf8JsonWriter w, PositioningRiskResult p)
    {
        w.WriteStartObject("positioning");
        w.WriteNumber("call_risk_usd", p.CallRiskUsd);
        w.WriteNumber("put_risk_usd", p.PutRiskUsd);
        WriteNumberOrNull(w, "ratio", p.Ratio);
        w.WriteString("bias", Name(p.Bias));
        w.WriteStartArray("zones");
        foreach (var z in p.Zones)
        {
            w.WriteStartObject();
            w.WriteNumber("strike", z.Strike);
            w.WriteString("side", Name(z.Side));
            w.WriteNumber("risk_usd", z.RiskUsd);
            w.WriteString("band", Name(z.Band));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpikes(Utf8JsonWriter w, IReadOnlyList<SpikeSignal> spikes)
    {
        w.WriteStartArray("spikes");
        foreach (var s in spikes)
        {
            w.WriteStartObject();
            w.WriteNumber("strike", s.Strike);
            w.WriteString("type", Name(s.Type));
            w.WriteNumber("volume", s.Volume);
            w.WriteNumber("open_interest", s.OpenInterest);
            w.WriteNumber("ratio", s.Ratio);
            w.WriteNumber("dollar_size", s.DollarSize);
            w.WriteString("class", Name(s.Class));
            w.WriteString("direction", Name(s.Direction));
            w.WriteBoolean("within_distance", s.WithinDistance);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, long? value)
    {
        if (value is long v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
