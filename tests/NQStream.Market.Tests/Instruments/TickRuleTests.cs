using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Instruments;
using Xunit;

namespace NQStream.Market.Tests.Instruments;

/// <summary>The NQ option tick rule: 0.05 up to and including a 5.00 premium, 0.25 above.</summary>
public sealed class TickRuleTests
{
    private static readonly TickRule Nq = ContractFacts.Nq.OptionTick;

    [Theory]
    [InlineData(50_000_000L, 50_000_000L)]
    [InlineData(4_950_000_000L, 50_000_000L)]
    [InlineData(5_000_000_000L, 50_000_000L)]
    [InlineData(5_000_000_001L, 250_000_000L)]
    [InlineData(5_250_000_000L, 250_000_000L)]
    [InlineData(-5_000_000_000L, 50_000_000L)]
    [InlineData(-7_000_000_000L, 250_000_000L)]
    [InlineData(DbnConstants.UndefPrice, 0L)]
    public void Tick_at_price(long price, long tick) => Nq.TickAt(price).Should().Be(tick);

    [Fact]
    public void Points_overload_and_on_tick_checks()
    {
        Nq.TickAt(5.0).Should().Be(0.05);
        Nq.TickAt(5.05).Should().Be(0.25);
        Nq.TickAt(478.5).Should().Be(0.25);
        Nq.IsOnTick(4_950_000_000).Should().BeTrue();
        Nq.IsOnTick(4_975_000_000).Should().BeFalse();
        Nq.IsOnTick(5_100_000_000).Should().BeFalse("above 5.00 only quarter points trade");
        Nq.IsOnTick(5_250_000_000).Should().BeTrue();
        (Nq.IsVariable, Nq.IsDefined).Should().Be((true, true));
        Nq.ToString().Should().Be("0.05 ≤ 5 < 0.25");

        var fixedTick = TickRule.Fixed(250_000_000);
        (fixedTick.TickAt(1L), fixedTick.TickAt(long.MaxValue - 1), fixedTick.IsVariable).Should().Be((250_000_000L, 250_000_000L, false));
        TickRule.None.TickAt(5_000_000_000).Should().Be(0);
        TickRule.None.IsOnTick(0).Should().BeFalse();
        FluentActions.Invoking(() => TickRule.Fixed(0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
