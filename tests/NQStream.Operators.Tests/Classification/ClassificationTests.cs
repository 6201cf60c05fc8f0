using FluentAssertions;
using NQStream.Operators.Classification;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Classification;

public sealed class ClassificationTests
{
    [Fact]
    public void Tick_rule_carries_the_last_non_zero_sign_and_has_none_before_the_first_tick()
    {
        var tick = new TickRule();
        double[] prices = [10, 10, 11, 11, 10, 10, 12];

        prices.Select(p => tick.Classify(Fx(p))).Should().Equal(0, 0, 1, 1, -1, -1, 1);
    }

    [Theory]
    [InlineData(100.02, 1)]
    [InlineData(100.01, 1)]
    [InlineData(100.005, 0)]
    [InlineData(100.0, -1)]
    [InlineData(99.0, -1)]
    public void Quote_rule_compares_with_the_mid_before_the_trade(double price, int expected)
    {
        QuoteRule.Classify(Fx(price), Q(100.0, 5, 100.01, 5)).Should().Be(expected);
    }

    [Fact]
    public void Quote_rule_leaves_trades_against_a_locked_or_empty_book_unclassified()
    {
        QuoteRule.Classify(Fx(101), Q(100, 5, 100, 5)).Should().Be(0);
        QuoteRule.Classify(Fx(101), NQStream.Operators.Book.Quote.Empty).Should().Be(0);
    }

    [Fact]
    public void Lee_ready_uses_the_quote_rule_and_the_tick_rule_at_the_mid()
    {
        var lee = new LeeReady();
        var book = Q(100, 5, 101, 5);

        lee.Classify(Fx(100.5), book).Should().Be(TradeSign.Unclassified);           // mid, no tick yet
        lee.Classify(Fx(101), book).Should().Be(new TradeSign(1, SignMethod.Quote));
        lee.Classify(Fx(100.5), book).Should().Be(new TradeSign(-1, SignMethod.Tick)); // downtick at the mid
        lee.Classify(Fx(100), book).Should().Be(new TradeSign(-1, SignMethod.Quote));
        lee.Classify(Fx(100.5), book).Should().Be(new TradeSign(1, SignMethod.Tick));  // uptick at the mid
    }

    [Fact]
    public void Accuracy_counts_unclassified_only_in_the_all_trades_ratio()
    {
        var acc = new SignAccuracy();
        acc.Record(1, 1);
        acc.Record(-1, 1);
        acc.Record(0, -1);
        acc.Record(-1, -1);

        (acc.Total, acc.Classified, acc.Correct).Should().Be((4L, 3L, 2L));
        acc.OfClassified.Should().BeApproximately(2.0 / 3, 1e-15);
        acc.OfAll.Should().Be(0.5);
        new SignAccuracy().OfAll.Should().BeNull();
    }
}
