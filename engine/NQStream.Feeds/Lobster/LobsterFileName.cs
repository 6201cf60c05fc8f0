using System.Globalization;

namespace NQStream.Feeds.Lobster;

/// <summary>
/// The parts of a LOBSTER file name <c>TICKER_Date_StartTime_EndTime_{message|orderbook}_LEVEL.csv</c>
/// (StartTime/EndTime in ms after midnight, local exchange time).
/// </summary>
/// <param name="Ticker">Ticker symbol.</param>
/// <param name="Date">Trading date.</param>
/// <param name="StartMs">Session start, ms after midnight.</param>
/// <param name="EndMs">Session end, ms after midnight.</param>
/// <param name="Kind"><c>message</c> or <c>orderbook</c>.</param>
/// <param name="Level">Book levels per side.</param>
public sealed record LobsterFileName(string Ticker, DateOnly Date, long StartMs, long EndMs, string Kind, int Level)
{
    /// <summary>Parses the name of <paramref name="path"/>; throws <see cref="LobsterFormatException"/> when it does not follow the pattern.</summary>
    public static LobsterFileName Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        const string Expected = "expected a LOBSTER file name TICKER_YYYY-MM-DD_STARTMS_ENDMS_{message|orderbook}_LEVEL.csv";
        if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new LobsterFormatException(path, 0, 0, $"{Expected}, got '{name}'");
        }

        var parts = name[..^4].Split('_');
        if (parts.Length < 6)
        {
            throw new LobsterFormatException(path, 0, 0, $"{Expected}, got '{name}'");
        }

        // The ticker itself may contain underscores; the last five parts are fixed.
        var n = parts.Length;
        var ticker = string.Join('_', parts[..(n - 5)]);
        if (!DateOnly.TryParseExact(parts[n - 5], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !long.TryParse(parts[n - 4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(parts[n - 3], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || parts[n - 2] is not ("message" or "orderbook")
            || !int.TryParse(parts[n - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
            || level < 1 || start >= end || end > 86_400_000 || ticker.Length == 0)
        {
            throw new LobsterFormatException(path, 0, 0, $"{Expected}, got '{name}'");
        }

        return new LobsterFileName(ticker, date, start, end, parts[n - 2], level);
    }
}
