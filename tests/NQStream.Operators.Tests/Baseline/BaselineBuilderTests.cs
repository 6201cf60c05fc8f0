using FluentAssertions;
using NQStream.Operators.Baseline;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

public sealed class BaselineBuilderTests
{
    private static readonly DateOnly Day1 = new(2026, 11, 10);
    private static readonly DateOnly Day2 = new(2026, 11, 11);

    internal static BaselineBuilder Sample()
    {
        var b = new BaselineBuilder();
        b.Observe(Ts(Day1, 0, 10));
        b.AddTrade(Ts(Day1, 31, 1), 101, 10, Cell31);
        b.AddTrade(Ts(Day1, 31, 2), 101, 5, Cell31);
        b.AddTrade(Ts(Day1, 31, 3), 102, 3, Cell31);
        b.AddTrade(Ts(Day1, 40, 3), 102, 7, Cell(40));
        b.AddTrade(Ts(Day2, 31, 3), 103, 4, Cell31);
        b.AddTrade(Ts(Day1, 31, 9), 103, 2, Cell31);              // a later file revisiting day 1
        b.SkipTrade();
        return b;
    }

    [Fact]
    public void Volumes_distinct_instruments_and_coverage_per_trade_date()
    {
        var builder = Sample();
        var h = builder.Build();
        h.Days.Select(d => d.TradeDate).Should().Equal(Day1, Day2);
        var d1 = h.Days[0];
        d1.Volume(Cell31.Index).Should().Be(20);
        d1.Instruments(Cell31.Index).Should().Be(3);
        d1.PerInstrument(Cell31.Index).Should().BeApproximately(20.0 / 3, 1e-12);
        d1.Volume(Cell(40).Index).Should().Be(7);
        d1.CoveredBuckets.Should().Be((1UL << 0) | (1UL << 31) | (1UL << 40));
        h.Days[1].Instruments(Cell31.Index).Should().Be(1);
        h.Days[1].Volume(Cell31.Index).Should().Be(4);
        builder.TradesAdded.Should().Be(6);
        builder.TradesWithoutCell.Should().Be(1);
    }

    [Fact]
    public void A_trade_whose_cell_has_another_bucket_is_rejected()
    {
        var act = () => new BaselineBuilder().AddTrade(Ts(Day1, 30, 1), 1, 1, Cell31);
        act.Should().Throw<ArgumentException>().WithMessage("*ToD bucket 30, cell has 31*");
    }

    [Fact]
    public void The_same_trades_build_byte_identical_files()
    {
        BaselineFile.ToBytes(Sample().Build()).Should().Equal(BaselineFile.ToBytes(Sample().Build()));
    }
}
