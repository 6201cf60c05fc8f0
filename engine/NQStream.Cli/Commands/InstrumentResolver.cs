using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Cli.Commands;

/// <summary>
/// Resolves <c>--instrument</c>: a number is an instrument id; anything else is a raw symbol, looked up
/// in the file's metadata mappings (the interval covering the requested date), then in its instrument
/// definitions (the last definition at or before the requested time, else the first).
/// </summary>
internal static class InstrumentResolver
{
    public static uint Resolve(string text, ulong at, Func<DbnReader> open)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new CliException($"--instrument '{text}': instrument ids are 32-bit unsigned integers");
        }

        using var reader = open();
        var known = new SortedSet<string>(StringComparer.Ordinal);
        if (FromMappings(reader.Metadata, text, at, known) is { } mapped)
        {
            return mapped;
        }

        uint? first = null;
        uint? latest = null;
        while (reader.TryRead(out var rec))
        {
            if (rec.RType != RType.InstrumentDef)
            {
                continue;
            }

            ref readonly var def = ref rec.As<InstrumentDefMsg>();
            var symbol = DbnText.Read(def.RawSymbol);
            known.Add(symbol);
            if (symbol == text)
            {
                first ??= def.Hd.InstrumentId;
                if (def.Hd.TsEvent <= at)
                {
                    latest = def.Hd.InstrumentId;
                }
            }
        }

        return latest ?? first ?? throw new CliException(
            $"--instrument '{text}': no instrument definition or metadata mapping with that raw symbol in {reader.Source}" +
            (known.Count > 0 ? $" (known: {string.Join(", ", known.Take(10))}{(known.Count > 10 ? ", …" : "")})" : ""));
    }

    private static uint? FromMappings(DbnMetadata? metadata, string symbol, ulong at, SortedSet<string> known)
    {
        if (metadata is null)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(DateTime.UnixEpoch.AddTicks((long)(at / 100)));
        var date = (uint)((day.Year * 10_000) + (day.Month * 100) + day.Day);
        foreach (var mapping in metadata.Mappings)
        {
            known.Add(mapping.RawSymbol);
            if (mapping.RawSymbol != symbol)
            {
                continue;
            }

            foreach (var interval in mapping.Intervals)
            {
                if (interval.StartDate <= date && date < interval.EndDate
                    && uint.TryParse(interval.Symbol, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    return id;
                }
            }
        }

        return null;
    }
}
