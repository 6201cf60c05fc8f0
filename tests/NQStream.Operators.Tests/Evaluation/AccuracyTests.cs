using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Numerics;
using NQStream.Operators.Options;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

public sealed class AccuracyTests
{
    [Theory]
    [InlineData(44, 50, 0.7620)]
    [InlineData(162, 200, 0.749988)]
    [InlineData(163, 200, 0.755429)]
    [InlineData(393, 500, 0.747942)]
    [InlineData(394, 500, 0.750048)]
    public void Wilson_lower_bound_matches_the_documented_vectors(long hits, long n, double lower)
    {
        WilsonInterval.Compute(hits, n, 0.95)!.Value.Lower.Should().BeApproximately(lower, lower == 0.7620 ? 5e-5 : 5e-7);
    }

    [Theory]
    [InlineData(20, 19)]
    [InlineData(50, 44)]
    [InlineData(100, 84)]
    [InlineData(300, 240)]
    [InlineData(1000, 777)]
    public void Hits_needed_for_a_lower_bound_above_75_percent_match_the_table(long n, long hits)
    {
        WilsonInterval.Compute(hits, n, 0.95)!.Value.Lower.Should().BeGreaterThan(0.75);
        WilsonInterval.Compute(hits - 1, n, 0.95)!.Value.Lower.Should().BeLessThanOrEqualTo(0.75);
    }

    [Fact]
    public void Wilson_interval_edges()
    {
        WilsonInterval.Compute(0, 0, 0.95).Should().BeNull();
        var all = WilsonInterval.Compute(10, 10, 0.95)!.Value;
        all.Upper.Should().Be(1);
        all.Lower.Should().BeApproximately(10 / (10 + (1.959963984540054 * 1.959963984540054)), 1e-12); // k = n: L = n / (n + z²)
        WilsonInterval.Compute(0, 10, 0.95)!.Value.Lower.Should().BeApproximately(0, 1e-15);
    }

    [Theory]
    [InlineData(0.95, 1.959963984540054)]
    [InlineData(0.90, 1.6448536269514722)]
    [InlineData(0.99, 2.5758293035489004)]
    public void Two_sided_critical_values(double confidence, double z)
    {
        NormalQuantile.TwoSided(confidence).Should().BeApproximately(z, 1e-12);
    }

    [Theory]
    [InlineData(1e-10, -6.361340902404056)]
    [InlineData(0.01, -2.3263478740408408)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    public void Normal_quantile_inverts_phi(double p, double x)
    {
        NormalQuantile.Of(p).Should().BeApproximately(x, 1e-9);
        NormalCdf.Phi(NormalQuantile.Of(p)).Should().BeApproximately(p, p * 1e-12);
    }

    [Fact]
    public void Hit_rate_counts_timeouts_as_misses_by_default_and_applies_min_n()
    {
        var outcomes = new List<AccuracyOutcome>();
        outcomes.AddRange(Enumerable.Repeat(AccuracyOutcome.Hit, 44));
        outcomes.AddRange(Enumerable.Repeat(AccuracyOutcome.Miss, 4));
        outcomes.AddRange(Enumerable.Repeat(AccuracyOutcome.Timeout, 2));

        var miss = HitRate.Compute(outcomes, new AccuracyOptions(), 0.75);
        miss.N.Should().Be(50);
        miss.Hits.Should().Be(44);
        miss.Timeouts.Should().Be(2);
        miss.Rate.Should().Be(0.88);
        miss.WilsonLower!.Value.Should().BeApproximately(0.7620, 5e-5);
        miss.Pass.Should().BeTrue();

        var exclude = HitRate.Compute(outcomes, new AccuracyOptions { TimeoutPolicy = TimeoutPolicy.Exclude }, 0.75);
        exclude.N.Should().Be(48);
        exclude.Rate!.Value.Should().BeApproximately(44.0 / 48, 1e-15);
        exclude.Pass.Should().BeFalse("n = 48 < min_n = 50 although L > 0.75");
        exclude.WilsonLower!.Value.Should().BeGreaterThan(0.75);

        HitRate.Compute([], new AccuracyOptions(), 0.75).Should().Be(new HitRateResult(0, 0, 0, null, null, false));
    }

    [Fact]
    public void Hit_rate_by_group_reports_each_group_in_key_order()
    {
        KeyValuePair<string, AccuracyOutcome>[] outcomes =
        [
            new("IMMEDIATE", AccuracyOutcome.Hit),
            new("HIGH", AccuracyOutcome.Miss),
            new("IMMEDIATE", AccuracyOutcome.Timeout),
            new("HIGH", AccuracyOutcome.Hit),
            new("HIGH", AccuracyOutcome.Hit),
        ];

        var byGroup = HitRate.ByGroup(outcomes, new AccuracyOptions { MinN = 2 }, 0.10);

        byGroup.Keys.Should().Equal("HIGH", "IMMEDIATE");
        byGroup["HIGH"].Should().Match<HitRateResult>(r => r.N == 3 && r.Hits == 2 && r.Timeouts == 0);
        byGroup["HIGH"].Rate!.Value.Should().BeApproximately(2.0 / 3, 1e-15);
        byGroup["IMMEDIATE"].Should().Match<HitRateResult>(r => r.N == 2 && r.Hits == 1 && r.Timeouts == 1 && r.Rate == 0.5);
        // Wilson(1, 2) lower = (0.5 + z²/4 − z·√(1/8 + z²/16)) / (1 + z²/2) ≈ 0.0945 < 0.10 → fails; Wilson(2, 3) ≈ 0.2077 passes.
        byGroup["IMMEDIATE"].WilsonLower!.Value.Should().BeApproximately(0.09453120573, 1e-9);
        byGroup["IMMEDIATE"].Pass.Should().BeFalse();
        byGroup["HIGH"].Pass.Should().BeTrue();
    }
}
