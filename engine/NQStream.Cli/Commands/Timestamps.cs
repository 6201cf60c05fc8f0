using System.Globalization;
using System.Text.RegularExpressions;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;

namespace NQStream.Cli.Commands;

/// <summary>Formats and parses DBN nanosecond timestamps for people (UTC, full nanoseconds), never losing digits.</summary>
internal static partial class Timestamps
{
    public static string Format(ulong ns)
    {
        if (ns == DbnConstants.UndefTimestamp)
        {
            return "-";
        }

        var seconds = (long)(ns / 1_000_000_000UL);
        var frac = ns % 1_000_000_000UL;
        var t = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        return t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "." + frac.ToString("D9", CultureInfo.InvariantCulture) + "Z";
    }

    /// <summary>
    /// Parses nanoseconds since the epoch (<c>1609160400000429831</c>) or ISO-8601 UTC with up to nine
    /// fractional digits (<c>2020-12-28T13:00:00.0001Z</c>); a bad value is a one-line error naming <paramref name="option"/>.
    /// </summary>
    public static ulong Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ns) && ns != DbnConstants.UndefTimestamp
                ? ns
                : throw Bad(text, option);
        }

        var m = Iso().Match(text);
        if (!m.Success || !DateTime.TryParseExact(m.Groups[1].Value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) || t < DateTime.UnixEpoch)
        {
            throw Bad(text, option);
        }

        var seconds = (ulong)(t - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
        var frac = m.Groups[2].Success ? ulong.Parse(m.Groups[2].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        return (seconds * 1_000_000_000UL) + frac;
    }

    private static CliException Bad(string text, string option) =>
        new($"{option} '{text}': expected nanoseconds since the UNIX epoch or ISO-8601 UTC such as 2020-12-28T13:00:00.000429831Z");

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$")]
    private static partial Regex Iso();
}
