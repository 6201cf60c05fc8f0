using FluentAssertions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

public sealed class VolumeRatioTests
{
    private static readonly DateOnly First = new(2026, 10, 1);

    private static (VolumeRatio Op, DateOnly Today) TwentyDaysOfTwenty()
    {
        var values = new (long, int)[20];
        Array.Fill(values, (40L, 2));                            // u = 20 every day
        var history = History(Cell31, First, values);
        var today = Weekdays(history.Days[^1].TradeDate.AddDays(1), 1)[0];
        return (new VolumeRatio(history, Opts(minHistoryDays: 10)), today);
    }

    [Fact]
    public void A_ten_fold_injection_into_one_instrument_is_high()
    {
        var (op, today) = TwentyDaysOfTwenty();
        op.OnTrade(Ts(today, 31, 5), 7, 200, Cell31, out var r).Should().BeTrue();
        r.Ratio.Should().Be(10);
        r.Median.Should().Be(20);
        r.DaysUsed.Should().Be(20);
        r.Class.Should().Be(RatioClass.High);
        op.Baseline!.Today.Should().Be(today);
    }

    [Fact]
    public void Ratio_never_decreases_within_a_bucket_and_restarts_in_the_next()
    {
        var (op, today) = TwentyDaysOfTwenty();
        var previous = 0.0;
        for (var i = 0; i < 30; i++)
        {
            op.OnTrade(Ts(today, 31, i), 7, (uint)(1 + (i % 4)), Cell31, out var r).Should().BeTrue();
            r.Ratio!.Value.Should().BeGreaterThanOrEqualTo(previous);
            previous = r.Ratio.Value;
        }

        previous.Should().Be(73.0 / 20);                         // 30 trades of 1,2,3,4,1,... = 73 contracts
        op.OnTrade(Ts(today, 32, 1), 7, 5, Cell(32), out var next).Should().BeTrue();
        next.Volume.Should().Be(5);
        next.Warmup.Should().BeFalse();                           // 20 covered days without trades count as 0
        next.Median.Should().Be(0);
        next.Ratio.Should().Be(5);                                // 5 / max(0, 1)
        next.Class.Should().Be(RatioClass.None);                  // below the volume floor of 50
    }

    [Fact]
    public void The_cell_is_fixed_at_the_first_trade_with_a_cell()
    {
        var (op, today) = TwentyDaysOfTwenty();
        op.OnTrade(Ts(today, 31, 1), 7, 30, null, out _).Should().BeFalse();
        op.TradesWithoutCell.Should().Be(1);
        op.OnTrade(Ts(today, 31, 2), 7, 50, Cell31, out var r).Should().BeTrue();
        r.Volume.Should().Be(80);                                 // v counts the earlier trade too
        BaselineCell.TryCreate(Market.Instruments.ExpiryClass.Weekly, 3, 0.05, false, 31, out var other).Should().BeTrue();
        op.OnTrade(Ts(today, 31, 3), 7, 20, other, out r).Should().BeTrue();
        r.Cell.Should().Be(Cell31);
        r.Ratio.Should().Be(5);
        r.Class.Should().Be(RatioClass.Moderate);
    }

    [Fact]
    public void Per_cell_compares_the_cells_total_against_the_median_daily_total()
    {
        var values = new (long, int)[20];
        Array.Fill(values, (40L, 2));
        var history = History(Cell31, First, values);
        var today = Weekdays(history.Days[^1].TradeDate.AddDays(1), 1)[0];
        var op = new VolumeRatio(history, Opts(minHistoryDays: 10, unit: BaselineUnit.PerCell));
        op.OnTrade(Ts(today, 31, 1), 7, 100, Cell31, out var a).Should().BeTrue();
        op.OnTrade(Ts(today, 31, 2), 8, 60, Cell31, out var b).Should().BeTrue();
        a.Ratio.Should().Be(2.5);
        b.Volume.Should().Be(160);
        b.Ratio.Should().Be(4);
        b.Class.Should().Be(RatioClass.Moderate);
    }

    [Fact]
    public void Leaving_the_session_and_the_next_trade_date_are_detected_after_the_cached_session()
    {
        var (op, today) = TwentyDaysOfTwenty();
        op.OnTrade(Ts(today, 45, 1), 7, 100, Cell(45), out var last).Should().BeTrue();
        last.Volume.Should().Be(100);
        op.OnTrade(Ts(today, 46, 60), 7, 100, Cell31, out _).Should().BeFalse();       // 16:01 CT break
        var tomorrow = Weekdays(today.AddDays(1), 1)[0];
        op.OnTrade(Ts(tomorrow, 31, 1), 7, 200, Cell31, out var next).Should().BeTrue();
        op.Baseline!.Today.Should().Be(tomorrow);
        next.Volume.Should().Be(200);
        next.Ratio.Should().Be(10);
    }

    [Fact]
    public void Outside_a_session_there_is_no_result()
    {
        var (op, today) = TwentyDaysOfTwenty();
        var breakTs = Ts(today, 46, 60);                          // 16:01 CT, the daily break
        op.OnTrade(breakTs, 7, 100, Cell31, out _).Should().BeFalse();
    }
}
