using System.Globalization;
using System.Text.Json;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Feeds.Barchart;

/// <summary>
/// Reads a Barchart core-api options response (<c>{"count", "total", "data": {"Call": [...], "Put": [...]}}</c>,
/// data/barchart/README.md) into a <see cref="ChainSnapshot"/>. Each row's numbers come from its <c>raw</c> object;
/// the display strings decide what is missing (<c>N/A</c>) and what is a settlement (<c>s</c> suffix), and are
/// checked against <c>raw</c> (strike and its C/P suffix, option type, totals). The response carries neither the
/// underlying price nor the expiry; the snapshot time is the latest <c>tradeTime</c> in the file.
/// </summary>
public static class BarchartJsonReader
{
    private const long NanosPerSecond = 1_000_000_000;

    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="BarchartFormatException"/> on bad content.</summary>
    public static ChainSnapshot Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a response from <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static ChainSnapshot Read(Stream stream, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            int? line = ex.LineNumber is long l ? (int)l + 1 : null;
            throw new BarchartFormatException(name, line, "json", "malformed JSON: " + FirstSentence(ex.Message), ex);
        }

        using (document)
        {
            return Read(document.RootElement, name);
        }
    }

    private static ChainSnapshot Read(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error(name, "$", $"expected an object, got {root.ValueKind}");
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw Error(name, "data", "expected an object with Call and Put arrays");
        }

        var builder = new ChainSnapshotBuilder(name);
        long latestTrade = long.MinValue;
        int calls = ReadGroup(data, "Call", OptionType.Call, name, builder, ref latestTrade);
        int puts = ReadGroup(data, "Put", OptionType.Put, name, builder, ref latestTrade);
        if (root.TryGetProperty("total", out var total))
        {
            if (total.ValueKind != JsonValueKind.Number || !total.TryGetInt32(out int t) || t != calls + puts)
            {
                throw Error(name, "total", $"expected {calls + puts} (calls {calls} + puts {puts}), got {total.GetRawText()}");
            }
        }

        if (latestTrade != long.MinValue)
        {
            builder.AsOf(latestTrade * NanosPerSecond);
        }

        try
        {
            return builder.Build();
        }
        catch (ArgumentException ex)
        {
            throw Error(name, "data", ex.Message);
        }
    }

    private static int ReadGroup(JsonElement data, string group, OptionType type, string name, ChainSnapshotBuilder builder, ref long latestTrade)
    {
        if (!data.TryGetProperty(group, out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, "data." + group, "expected an array of option rows");
        }

        int index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"data.{group}[{index}]");
            builder.Add(ReadRow(row, type, group, path, name, ref latestTrade));
            index++;
        }

        return index;
    }

    private static OptionQuote ReadRow(JsonElement row, OptionType type, string group, string path, string name, ref long latestTrade)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw Error(name, path, $"expected an object, got {row.ValueKind}");
        }

        string optionType = DisplayString(row, "optionType", path, name);
        if (!string.Equals(optionType, group, StringComparison.Ordinal))
        {
            throw Error(name, path + ".optionType", $"expected \"{group}\" (the group it is listed in), got \"{optionType}\"");
        }

        if (!row.TryGetProperty("raw", out var raw) || raw.ValueKind != JsonValueKind.Object)
        {
            throw Error(name, path + ".raw", "expected an object with the raw values");
        }

        double strike = RawNumber(raw, "strike", path, name) ?? throw Error(name, path + ".raw.strike", "expected a number > 0, got null");
        if (!(strike > 0.0))
        {
            throw Error(name, path + ".raw.strike", $"expected a number > 0, got {strike.ToString(CultureInfo.InvariantCulture)}");
        }

        CheckDisplayStrike(DisplayString(row, "strike", path, name), strike, type, path, name);

        string lastText = DisplayString(row, "lastPrice", path, name);
        bool missingLast = BarchartText.IsMissing(lastText);
        bool settlement = false;
        if (!missingLast && !BarchartText.TryParsePrice(lastText, out _, out settlement))
        {
            throw Error(name, path + ".lastPrice", $"expected a price, \"N/A\" or a price with an 's' suffix, got \"{lastText}\"");
        }

        long? tradeTime = RawCount(raw, "tradeTime", path, name, allowMissing: true);
        if (tradeTime is long seconds && seconds > latestTrade)
        {
            latestTrade = seconds;
        }

        return new OptionQuote
        {
            StrikeRaw = OptionQuote.ToRaw(strike),
            Type = type,
            Last = missingLast ? null : RawPrice(raw, "lastPrice", path, name),
            LastIsSettlement = settlement,
            LastTimeNs = tradeTime * NanosPerSecond,
            Bid = Quote(row, raw, "bidPrice", path, name),
            Ask = Quote(row, raw, "askPrice", path, name),
            Volume = RawCount(raw, "volume", path, name, allowMissing: false),
            OpenInterest = RawCount(raw, "openInterest", path, name, allowMissing: false),
            Premium = raw.TryGetProperty("premium", out _) ? RawPrice(raw, "premium", path, name) : null,
            Symbol = row.TryGetProperty("symbol", out var symbol) && symbol.ValueKind == JsonValueKind.String ? symbol.GetString() : null,
        };
    }

    private static void CheckDisplayStrike(string display, double strike, OptionType type, string path, string name)
    {
        char expected = type == OptionType.Call ? 'C' : 'P';
        var text = display.AsSpan().Trim();
        if (text.Length < 2 || text[^1] != expected || !BarchartText.TryParseStrike(text[..^1], out double shown))
        {
            throw Error(name, path + ".strike", $"expected a strike with the suffix {expected} such as \"22,400.00{expected}\", got \"{display}\"");
        }

        if (Math.Abs(shown - strike) > 1e-6)
        {
            throw Error(name, path + ".strike", $"display strike {display} does not match raw.strike {strike.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static double? Quote(JsonElement row, JsonElement raw, string field, string path, string name)
    {
        string display = DisplayString(row, field, path, name);
        if (BarchartText.IsMissing(display))
        {
            return null;
        }

        if (!BarchartText.TryParsePrice(display, out _, out _))
        {
            throw Error(name, path + "." + field, $"expected a price or \"N/A\", got \"{display}\"");
        }

        return RawPrice(raw, field, path, name);
    }

    private static string DisplayString(JsonElement row, string field, string path, string name)
    {
        if (!row.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw Error(name, path + "." + field, "expected a display string");
        }

        return value.GetString()!;
    }

    private static double? RawNumber(JsonElement raw, string field, string path, string name)
    {
        if (!raw.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double d) || !double.IsFinite(d))
        {
            throw Error(name, path + ".raw." + field, $"expected a number, got {value.GetRawText()}");
        }

        return d;
    }

    private static double RawPrice(JsonElement raw, string field, string path, string name)
    {
        double? value = RawNumber(raw, field, path, name);
        if (value is not double d || d < 0.0)
        {
            throw Error(name, path + ".raw." + field, $"expected a number >= 0, got {(value is null ? "null" : raw.GetProperty(field).GetRawText())}");
        }

        return d;
    }

    private static long? RawCount(JsonElement raw, string field, string path, string name, bool allowMissing)
    {
        if (!raw.TryGetProperty(field, out var value))
        {
            return allowMissing ? null : throw Error(name, path + ".raw." + field, "expected an integer >= 0 or null, field is absent");
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long n) || n < 0)
        {
            throw Error(name, path + ".raw." + field, $"expected an integer >= 0 or null, got {value.GetRawText()}");
        }

        return n;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }

    private static BarchartFormatException Error(string name, string field, string problem) => new(name, null, field, problem);
}
