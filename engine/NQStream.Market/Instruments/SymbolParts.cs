namespace NQStream.Market.Instruments;

/// <summary>Splits CME raw symbols (docs/algorithms.md §2.2): <c>&lt;root&gt;&lt;month&gt;&lt;year digit&gt;[ C|P&lt;strike&gt;]</c>.</summary>
public static class SymbolParts
{
    private const string MonthCodes = "FGHJKMNQUVXZ";

    /// <summary>
    /// Root and futures month code of a raw symbol: the token before the space minus its last two characters
    /// (<c>Q1AZ5 C21000</c> → <c>Q1A</c>, 'Z'; <c>NQZ5</c> → <c>NQ</c>, 'Z'). When the token does not end in a month
    /// code and a digit, the root is <paramref name="asset"/> (or the token) and the month code is '\0'.
    /// </summary>
    public static (string Root, char MonthCode) RootAndMonth(string rawSymbol, string asset)
    {
        ArgumentNullException.ThrowIfNull(rawSymbol);
        var space = rawSymbol.IndexOf(' ', StringComparison.Ordinal);
        var token = space < 0 ? rawSymbol : rawSymbol[..space];
        if (token.Length >= 3 && char.IsAsciiDigit(token[^1]) && MonthCodes.Contains(token[^2], StringComparison.Ordinal))
        {
            return (token[..^2], token[^2]);
        }

        return (string.IsNullOrEmpty(asset) ? token : asset, '\0');
    }

    /// <summary>Calendar month (1–12) of a futures month code; 0 when not a month code.</summary>
    public static int MonthOf(char monthCode) => MonthCodes.IndexOf(monthCode, StringComparison.Ordinal) + 1;
}
