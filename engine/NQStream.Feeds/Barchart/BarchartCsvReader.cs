using System.Globalization;
using System.Text.RegularExpressions;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;

namespace NQStream.Feeds.Barchart;

/// <summary>
/// Reads a Barchart "side-by-side" options CSV download (data/barchart/README.md): a header where the call columns
/// precede <c>Strike</c> and the put columns follow it, mapped by name (never by position); data rows with
/// <c>N/A</c>, thousands separators and <c>s</c>-suffixed settlements; junk <c>"width: N%"</c> cells past the header
/// (ignored); and a <c>"Downloaded from Barchart.com as of …"</c> footer, which gives the snapshot time.
/// </summary>
public static partial class BarchartCsvReader
{
    private const string FooterPrefix = "Downloaded from Barchart.com as of ";

    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="BarchartFormatException"/> on bad content.</summary>
    public static ChainSnapshot Read(string path) => Read(File.ReadAllLines(path), path);

    /// <summary>Reads the lines of a download; <paramref name="name"/> names it in errors.</summary>
    public static ChainSnapshot Read(IReadOnlyList<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0 || CsvFields.Split(lines[0].TrimStart('\uFEFF')) is not { Count: > 0 } header)
        {
            throw new BarchartFormatException(name, 1, "header", "expected a header line naming the columns");
        }

        int strike = header.FindIndex(h => string.Equals(h.Trim(), "Strike", StringComparison.OrdinalIgnoreCase));
        if (strike < 0)
        {
            throw new BarchartFormatException(name, 1, "header", "expected a Strike column");
        }

        var call = CsvSide.Map(header, 0, strike);
        var put = CsvSide.Map(header, strike + 1, header.Count);
        RequireColumns(call, "call", name);
        RequireColumns(put, "put", name);

        var builder = new ChainSnapshotBuilder(name);
        bool footer = false;
        for (int i = 1; i < lines.Count; i++)
        {
            int lineNo = i + 1;
            string line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (footer)
            {
                throw new BarchartFormatException(name, lineNo, "footer", "expected nothing after the \"Downloaded from Barchart.com\" footer");
            }

            var fields = CsvFields.Split(line) ?? throw new BarchartFormatException(name, lineNo, "row", "unterminated quoted field");
            if (fields.Count == 1 && fields[0].StartsWith(FooterPrefix, StringComparison.Ordinal))
            {
                builder.AsOf(ParseFooter(fields[0][FooterPrefix.Length..], name, lineNo));
                footer = true;
                continue;
            }

            ReadRow(fields, header, strike, call, put, name, lineNo, builder);
        }

        try
        {
            return builder.Build();
        }
        catch (ArgumentException ex)
        {
            throw new BarchartFormatException(name, null, "rows", ex.Message, ex);
        }
    }

    private static void RequireColumns(CsvSide side, string label, string name)
    {
        if (side.Last < 0 || side.Volume < 0 || side.OpenInterest < 0)
        {
            throw new BarchartFormatException(name, 1, "header",
                $"expected Last (or Latest), Volume and Open Int columns on the {label} side of Strike (a side-by-side download)");
        }
    }

    private static void ReadRow(List<string> fields, List<string> header, int strikeIndex, CsvSide call, CsvSide put, string name, int line, ChainSnapshotBuilder builder)
    {
        if (fields.Count < header.Count)
        {
            throw new BarchartFormatException(name, line, "row", $"expected {header.Count} fields, got {fields.Count}");
        }

        for (int extra = header.Count; extra < fields.Count; extra++)
        {
            if (!JunkCell().IsMatch(fields[extra]))
            {
                throw new BarchartFormatException(name, line, $"field {extra + 1}",
                    $"expected no value past the {header.Count} header columns (only Barchart's \"width: N%\" cells), got \"{fields[extra]}\"");
            }
        }

        if (!BarchartText.TryParseStrike(fields[strikeIndex], out double strike))
        {
            throw new BarchartFormatException(name, line, "Strike", $"expected a strike > 0, got \"{fields[strikeIndex]}\"");
        }

        builder.Add(Quote(fields, header, call, OptionType.Call, strike, name, line));
        builder.Add(Quote(fields, header, put, OptionType.Put, strike, name, line));
    }

    private static OptionQuote Quote(List<string> fields, List<string> header, CsvSide side, OptionType type, double strike, string name, int line)
    {
        string label = type == OptionType.Call ? "call" : "put";
        if (side.Type >= 0 && !string.Equals(fields[side.Type].Trim(), type == OptionType.Call ? "Call" : "Put", StringComparison.Ordinal))
        {
            throw new BarchartFormatException(name, line, $"{label} Type", $"expected \"{(type == OptionType.Call ? "Call" : "Put")}\", got \"{fields[side.Type]}\"");
        }

        var (last, settlement) = Price(fields, header, side.Last, label, name, line);
        return new OptionQuote
        {
            StrikeRaw = OptionQuote.ToRaw(strike),
            Type = type,
            Last = last,
            LastIsSettlement = settlement,
            Bid = Price(fields, header, side.Bid, label, name, line).Value,
            Ask = Price(fields, header, side.Ask, label, name, line).Value,
            Volume = Count(fields, header, side.Volume, label, name, line),
            OpenInterest = Count(fields, header, side.OpenInterest, label, name, line),
            Premium = Price(fields, header, side.Premium, label, name, line).Value,
        };
    }

    private static (double? Value, bool Settlement) Price(List<string> fields, List<string> header, int index, string label, string name, int line)
    {
        if (index < 0 || BarchartText.IsMissing(fields[index]))
        {
            return (null, false);
        }

        if (!BarchartText.TryParsePrice(fields[index], out double value, out bool settlement))
        {
            throw new BarchartFormatException(name, line, $"{label} {header[index].Trim()}",
                $"expected a price, \"N/A\" or a price with an 's' suffix, got \"{fields[index]}\"");
        }

        return (value, settlement);
    }

    private static long? Count(List<string> fields, List<string> header, int index, string label, string name, int line)
    {
        if (BarchartText.IsMissing(fields[index]))
        {
            return null;
        }

        if (!BarchartText.TryParseCount(fields[index], out long value))
        {
            throw new BarchartFormatException(name, line, $"{label} {header[index].Trim()}", $"expected a whole number >= 0 or \"N/A\", got \"{fields[index]}\"");
        }

        return value;
    }

    private static long ParseFooter(string text, string name, int line)
    {
        // "07-15-2022 08:23am CDT": US Central/Eastern abbreviations are the only ones Barchart prints.
        var match = FooterTime().Match(text.Trim());
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups[1].Value, "MM-dd-yyyy hh:mmtt", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new BarchartFormatException(name, line, "footer", $"expected a time such as \"07-15-2022 08:23am CDT\", got \"{text}\"");
        }

        int offsetHours = match.Groups[2].Value switch
        {
            "CDT" or "EST" => -5,
            "CST" => -6,
            "EDT" => -4,
            _ => 0,
        };
        var instant = new DateTimeOffset(local, TimeSpan.FromHours(offsetHours));
        return (instant.UtcTicks - DateTime.UnixEpoch.Ticks) * 100;
    }

    [GeneratedRegex(@"^\s*width:\s*[0-9.]+%\s*$")]
    private static partial Regex JunkCell();

    [GeneratedRegex(@"^(\d{2}-\d{2}-\d{4} \d{2}:\d{2}[ap]m) (CDT|CST|EDT|EST|UTC)$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterTime();
}
