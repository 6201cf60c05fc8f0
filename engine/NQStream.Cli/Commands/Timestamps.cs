using System.Globalization;
using NQStream.Market.Dbn;

namespace NQStream.Cli.Commands;

/// <summary>Formats DBN nanosecond timestamps for people (UTC, full nanoseconds), never losing digits.</summary>
internal static class Timestamps
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
}
