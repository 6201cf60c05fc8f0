using System.Globalization;
using NQStream.Market.Dbn;

namespace NQStream.Cli.Commands;

/// <summary>Fixed-point (1e-9) prices as text for people: the one place the CLI converts them.</summary>
internal static class Prices
{
    public static string Format(long raw) =>
        raw == DbnConstants.UndefPrice
            ? "-"
            : (raw / (decimal)DbnConstants.FixedPriceScale).ToString("0.00#######", CultureInfo.InvariantCulture);
}
