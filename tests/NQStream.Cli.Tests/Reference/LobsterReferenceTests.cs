using FluentAssertions;
using NQStream.Cli.Reference;
using NQStream.TestSupport;

namespace NQStream.Cli.Tests.Reference;

/// <summary>
/// docs/algorithms.md §8.2 on the AMZN level-1 sample, computed by the engine's operators through the
/// LOBSTER adapter. The reference numbers are the external truth and are copied from the document.
/// </summary>
public sealed class LobsterReferenceTests
{
    private static readonly Lazy<LobsterStatsResult> Stats = new(() => LobsterStats.Run(AmznReference.Message, AmznReference.Book));

    [SharedDataFact]
    public void Events_by_type_executed_shares_and_time_range()
    {
        var r = Stats.Value;

        r.Events.Should().Be(57_515);
        r.EventsByType.Should().Equal(new Dictionary<int, long> { [1] = 27_845, [2] = 16, [3] = 18_235, [4] = 8_974, [5] = 2_445, [6] = 0, [7] = 0 });
        (r.ExecutedSharesVisible, r.ExecutedSharesHidden).Should().Be((613_248L, 197_507L));
        var midnight = r.FirstTsNs - 34_200_017_459_617L;
        ((double?)((r.FirstTsNs - midnight) / 1e9)).ShouldPrintAs(34_200.017460, 6, "first t");
        ((double?)((r.LastTsNs - midnight) / 1e9)).ShouldPrintAs(57_599.959360, 6, "last t");
        ((double)(r.EventsByType[2] + r.EventsByType[3]) / r.EventsByType[1]).Should().BeApproximately(0.655, 0.0005);
    }

    [SharedDataFact]
    public void Spread_and_depth()
    {
        var r = Stats.Value;

        r.SpreadTimeWeightedCents.ShouldMatch(12.849, 3, "time-weighted spread");
        r.SpreadEventWeightedCents.ShouldMatch(13.591, 3, "event-weighted spread");
        r.DepthBidTimeWeighted.ShouldPrintAs(228.2, 1, "time-weighted bid depth");
        r.DepthAskTimeWeighted.ShouldPrintAs(129.0, 1, "time-weighted ask depth");
    }

    [SharedDataFact]
    public void Trade_sign_rules()
    {
        var r = Stats.Value;

        (r.TickRule.Correct, r.TickRule.Denominator).Should().Be((9_905L, 11_417L));
        r.TickRule.Value.ShouldPrintAs(0.8676, 4, "tick rule");
        (r.QuoteRule.Correct, r.QuoteRule.Denominator).Should().Be((11_017L, 11_286L));
        r.QuoteRule.Value.ShouldPrintAs(0.9762, 4, "quote rule");
        (r.QuoteRuleVisible.Correct, r.QuoteRuleVisible.Denominator).Should().Be((8_974L, 8_974L));
        r.QuoteRuleVisible.Value.ShouldPrintAs(1.0000, 4, "quote rule, visible");
        r.QuoteRuleHidden.Denominator.Should().Be(2_312);
        r.QuoteRuleHidden.Value.ShouldPrintAs(0.8837, 4, "quote rule, hidden");
        (r.LeeReady.Correct, r.LeeReady.Denominator).Should().Be((11_102L, 11_419L));
        r.LeeReady.Value.ShouldPrintAs(0.9722, 4, "Lee-Ready");
    }

    [SharedDataFact]
    public void Ofi_price_impact_full_day_and_30_minute_windows()
    {
        var r = Stats.Value;
        var day = r.OfiDay.Fit!.Value;

        r.OfiDay.Bins.Should().Be(2_340);
        ((double?)day.Beta).ShouldPrintAs(0.00254, 5, "β");
        ((double?)day.Alpha).ShouldMatch(-0.0583, 4, "α");
        ((double?)day.R2).ShouldMatch(0.312, 3, "full-day R²");

        r.OfiBlocks.Should().HaveCount(13).And.OnlyContain(b => b.Bins == 180);
        r.OfiR2Mean30Min.ShouldMatch(0.525, 3, "mean 30-min R²");
        r.OfiBetaMean30Min.ShouldPrintAs(0.00488, 5, "mean 30-min β");
        double[] r2 = [0.374, 0.651, 0.535, 0.227, 0.625, 0.637, 0.619, 0.598, 0.542, 0.603, 0.569, 0.415, 0.435];
        double[] beta = [0.00788, 0.00939, 0.00407, 0.00118, 0.00741, 0.00559, 0.00576, 0.00390, 0.00379, 0.00536, 0.00503, 0.00145, 0.00257];
        for (var i = 0; i < 13; i++)
        {
            (r.OfiBlocks[i].Fit?.R2).ShouldPrintAs(r2[i], 3, $"R² of window {i}");
            (r.OfiBlocks[i].Fit?.Beta).ShouldPrintAs(beta[i], 5, $"β of window {i}");
        }

        var sorted = r.OfiBlocks.Select(b => b.Fit!.Value.R2).Order().ToArray();
        ((double?)sorted[6]).ShouldPrintAs(0.569, 3, "median");
        ((double?)sorted[0]).ShouldPrintAs(0.227, 3, "min");
        ((double?)sorted[12]).ShouldPrintAs(0.651, 3, "max");
    }

    [SharedDataFact]
    public void Kyle_lambda()
    {
        var fit = Stats.Value.KyleDay.Fit!.Value;

        ((double?)fit.Beta).ShouldMatch(0.006418, 6, "λ (ticks/share)");
        ((double?)fit.Alpha).ShouldMatch(-0.0474, 4, "α");
        ((double?)fit.R2).ShouldMatch(0.319, 3, "R²");
    }

    [SharedDataFact]
    public void Vpin_exact_signs_and_bulk_volume_classification()
    {
        var r = Stats.Value;

        (r.VpinExact.Buckets, r.VpinBvc.Buckets).Should().Be((50L, 50L));
        ((double?)r.VpinExact.BucketVolume).ShouldPrintAs(16_215.1, 1, "V");
        r.VpinExact.Value.ShouldMatch(0.2924, 4, "VPIN exact");
        r.VpinExact.Min.ShouldPrintAs(0.0227, 4, "bucket min");
        r.VpinExact.Max.ShouldPrintAs(0.7064, 4, "bucket max");
        r.BvcBars.Should().Be(387);
        r.BvcSigmaDollars.ShouldPrintAs(0.17935, 5, "σ of 1-min close changes");
        r.VpinBvc.Value.ShouldMatch(0.2530, 4, "VPIN BVC");
    }
}
