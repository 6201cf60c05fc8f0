using FluentAssertions;
using NQStream.Operators.Classification.MarketMaking;
using NQStream.Operators.Options;
using Xunit;

namespace NQStream.Operators.Tests.Classification.MarketMaking;

public sealed class MarketMakingClassifierTests
{
    private readonly MarketMakingClassifier _default = new(new MmScoreOptions());

    [Fact]
    public void A_100k_one_level_event_taking_the_whole_touch_alone_scores_0_65_institutional()
    {
        var s = _default.ScoreTaker(new TakerInputs(100_000, 1, 50, 50, 0, 0, 1.0, false));

        s.Score.Should().BeApproximately(0.65, 1e-12);
        s.Label.Should().Be(MmLabel.Institutional);
        s.Unit.Should().Be(MmUnit.Taker);
        s.Features.Should().Equal(1, 0, 1, 0, 0, 1, 1);
    }

    [Fact]
    public void A_4k_ten_lot_hedge_in_a_quote_wave_scores_0_136_market_making()
    {
        var s = _default.ScoreTaker(new TakerInputs(4_000, 1, 10, 50, 0, 0, 1.0, true));

        s.Score.Should().BeApproximately(0.136, 1e-12);
        s.Label.Should().Be(MmLabel.MarketMaking);
    }

    [Fact]
    public void A_half_size_sweep_with_partial_context_is_mixed_and_missing_book_gives_t3_zero()
    {
        // 0.40·0.5 + 0.15·1 + 0.10·0 + 0.10·0.5 + 0.10·0.5 + 0.10·0.5 + 0.05·1 = 0.55
        var s = _default.ScoreTaker(new TakerInputs(50_000, 3, 20, null, 1, 2, 0.5, false));

        s.Features.Should().Equal(0.5, 1, 0, 0.5, 0.5, 0.5, 1);
        s.Score.Should().BeApproximately(0.55, 1e-12);
        s.Label.Should().Be(MmLabel.Mixed);
        new MarketMakingClassifier(new MmScoreOptions { InstitutionalMin = 0.54 }).ScoreTaker(new TakerInputs(50_000, 3, 20, null, 1, 2, 0.5, false))
            .Label.Should().Be(MmLabel.Institutional);
    }

    [Fact]
    public void Configured_taker_weights_are_used()
    {
        var premiumOnly = new MmScoreOptions { TakerWeights = new TakerWeightsOptions { Premium = 1, SweepDepth = 0, BookTake = 0, Package = 0, Persistence = 0, OneSidedness = 0, OutsideQuoteWave = 0 } };
        new MarketMakingClassifier(premiumOnly).ScoreTaker(new TakerInputs(25_000, 5, 10, 1, 5, 5, 1, false)).Score.Should().BeApproximately(0.25, 1e-12);
    }

    [Fact]
    public void A_long_lived_unpaired_large_iceberg_order_scores_one()
    {
        var s = _default.ScoreMaker(new MakerInputs(60, 0, 0, 1, false, false, 10, 500, true));

        s.Features.Should().Equal(1, 1, 1, 1, 1, 1);
        s.Score.Should().BeApproximately(1.0, 1e-12);
        s.Label.Should().Be(MmLabel.Institutional);
    }

    [Fact]
    public void A_short_lived_churning_paired_wave_quote_scores_market_making()
    {
        // M1 0 (0.5 s), M2 1 − min(1, 10/1/10) = 0, M3 0, M4 0, M5 5·10·20/100k = 0.01, M6 0 → 0.10·0.01
        var s = _default.ScoreMaker(new MakerInputs(0.5, 8, 2, 1, true, true, 5, 10, false));

        s.Score.Should().BeApproximately(0.001, 1e-12);
        s.Label.Should().Be(MmLabel.MarketMaking);
    }

    [Fact]
    public void A_middling_maker_is_mixed()
    {
        // M1 log10(√60)/log10(60) = 0.5, M2 1 − 5/5/10 = 0.9, M3 0, M4 1, M5 2·1250·20/100k = 0.5, M6 0
        // S = 0.25·0.5 + 0.20·0.9 + 0 + 0.15 + 0.10·0.5 + 0 = 0.505
        var s = _default.ScoreMaker(new MakerInputs(Math.Sqrt(60), 3, 2, 5, true, false, 2, 1250, false));

        s.Features[0].Should().BeApproximately(0.5, 1e-12);
        s.Features[1].Should().BeApproximately(0.9, 1e-12);
        s.Score.Should().BeApproximately(0.505, 1e-12);
        s.Label.Should().Be(MmLabel.Mixed);
    }

    [Theory]
    [InlineData(0.60, MmLabel.Institutional)]
    [InlineData(0.5999, MmLabel.Mixed)]
    [InlineData(0.30, MmLabel.MarketMaking)]
    [InlineData(0.3001, MmLabel.Mixed)]
    public void Cut_offs_are_inclusive(double score, MmLabel label)
    {
        _default.LabelOf(score).Should().Be(label);
    }

    [Fact]
    public void Invalid_taker_inputs_are_rejected()
    {
        var act = () => _default.ScoreTaker(new TakerInputs(1000, 0, 1, 1, 0, 0, 0, false));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*levels*");
    }
}
