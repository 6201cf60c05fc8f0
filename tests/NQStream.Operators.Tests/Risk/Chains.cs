using NQStream.Market.Chain;
using NQStream.Market.Pricing;
using NQStream.Operators.Risk;

namespace NQStream.Operators.Tests.Risk;

/// <summary>Hand-built chains for the risk tests.</summary>
internal static class Chains
{
    public const long DayNs = 86_400L * 1_000_000_000;

    /// <summary>The §7.2 worked example: F = 21,000, strikes 20,900 / 21,000 / 21,100, OI calls 1k/2k/3k, puts 3k/2k/1k, T = 30 days.</summary>
    public static ChainSnapshot WorkedExample() => Build(
        (20_900, 1_000, 3_000),
        (21_000, 2_000, 2_000),
        (21_100, 3_000, 1_000));

    /// <summary>A chain with the given (strike, call OI, put OI) rows, expiry 30 days after as-of 0, no prices.</summary>
    public static ChainSnapshot Build(params (double Strike, long CallOi, long PutOi)[] rows)
    {
        var builder = new ChainSnapshotBuilder("test").Underlying(21_000).AsOf(0);
        foreach (var (strike, callOi, putOi) in rows)
        {
            builder.Add(strike, OptionType.Call, callOi, null, null, null, null, 30 * DayNs);
            builder.Add(strike, OptionType.Put, putOi, null, null, null, null, 30 * DayNs);
        }

        return builder.Build();
    }

    /// <summary>Every row at one volatility with T = 30/365.</summary>
    public static StrikeVolatility[] FlatVol(ChainSnapshot chain, double sigma) =>
        chain.Rows.Select(r => new StrikeVolatility(r.StrikeRaw, r.ExpirationNs, 30.0 / 365.0, sigma, IvSource.Mid)).ToArray();
}
