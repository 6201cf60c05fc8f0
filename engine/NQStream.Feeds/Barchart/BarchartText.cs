using System.Globalization;

namespace NQStream.Feeds.Barchart;

/// <summary>
/// Barchart display strings (README of data/barchart): <c>N/A</c> for missing, thousands separators, a trailing
/// <c>s</c> on settlement prices, and a trailing <c>C</c>/<c>P</c> on JSON strikes.
/// </summary>
internal static class BarchartText
{
    public const string Missing = "N/A";

    private const NumberStyles Style = NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    /// <summary>Parses a price such as <c>"6,297.50s"</c>; false when the text is not a number (N/A handled by the caller).</summary>
    public static bool TryParsePrice(string text, out double value, out bool settlement)
    {
        var span = text.AsSpan().Trim();
        settlement = span.Length > 0 && span[^1] == 's';
        if (settlement)
        {
            span = span[..^1];
        }

        return double.TryParse(span, Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0.0;
    }

    /// <summary>Parses a non-negative whole count such as <c>"1,234"</c>.</summary>
    public static bool TryParseCount(string text, out long value)
    {
        value = 0;
        if (!double.TryParse(text.AsSpan().Trim(), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double d)
            || d < 0 || d > long.MaxValue || Math.Floor(d) != d)
        {
            return false;
        }

        value = (long)d;
        return true;
    }

    /// <summary>Parses a strike such as <c>"5,500.00"</c> (finite, &gt; 0).</summary>
    public static bool TryParseStrike(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value > 0.0;

    public static bool IsMissing(string text) => text.AsSpan().Trim().SequenceEqual(Missing) || text.AsSpan().Trim().IsEmpty;
}
