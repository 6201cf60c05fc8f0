using FluentAssertions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

public sealed class VolumeBaselineTests
{
    private static readonly DateOnly First = new(2026, 10, 1);

    [Fact]
    public void Median_and_mad_of_per_instrument_volume_match_hand_values()
    {
        // u = 50, 60, 0, 40, 90 → median 50; ln(1+u) median ln 51; |dev| = 0, ln(61/51), ln 51, ln(51/41), ln(91/51) → MAD ln(51/41).
        var history = History(Cell31, First, (100, 2), (60, 1), (0, 0), (120, 3), (90, 1));
        var b = VolumeBaseline.Compute(history, new DateOnly(2026, 11, 2), Opts()).Get(Cell31.Index);
        b.Median.Should().Be(50);
        b.LogMedian.Should().BeApproximately(Math.Log(51), 1e-12);
        b.LogMad.Should().BeApproximately(Math.Log(51.0 / 41.0), 1e-12);
        b.DaysUsed.Should().Be(5);
    }

    [Fact]
    public void Even_count_median_is_the_mean_of_the_middle_pair_and_per_cell_uses_daily_totals()
    {
        var history = History(Cell31, First, (100, 2), (60, 1), (120, 3), (90, 1));
        var perInstrument = VolumeBaseline.Compute(history, new DateOnly(2026, 11, 2), Opts()).Get(Cell31.Index);
        perInstrument.Median.Should().Be(55);                    // u = 50, 60, 40, 90
        var perCell = VolumeBaseline.Compute(history, new DateOnly(2026, 11, 2), Opts(unit: BaselineUnit.PerCell)).Get(Cell31.Index);
        perCell.Median.Should().Be(95);                          // V = 100, 60, 120, 90
        perCell.LogMedian.Should().BeApproximately((Math.Log(91) + Math.Log(101)) / 2, 1e-12);
    }

    [Fact]
    public void Only_the_last_history_days_before_today_are_used()
    {
        // 6 days: u = 1000, 10, 20, 30, 40, 5000. Today = 6th day → days 1..5; history_days 4 → 10, 20, 30, 40.
        var history = History(Cell31, First, (1000, 1), (10, 1), (20, 1), (30, 1), (40, 1), (5000, 1));
        var today = history.Days[5].TradeDate;
        var b = VolumeBaseline.Compute(history, today, Opts(historyDays: 4)).Get(Cell31.Index);
        b.DaysUsed.Should().Be(4);
        b.Median.Should().Be(25);
    }

    [Fact]
    public void A_day_that_did_not_cover_the_bucket_is_left_out_not_counted_as_zero()
    {
        var dates = Weekdays(First, 3);
        var full = new BaselineDay(dates[0], BaselineDay.AllBuckets);
        full.Set(Cell31.Index, 10, 1);
        var early = new BaselineDay(dates[1], (1UL << 31) - 1);  // buckets 0..30 only
        var quiet = new BaselineDay(dates[2], BaselineDay.AllBuckets);
        var history = new BaselineHistory([full, early, quiet]);
        var b = VolumeBaseline.Compute(history, new DateOnly(2026, 11, 2), Opts()).Get(Cell31.Index);
        b.DaysUsed.Should().Be(2);
        b.Median.Should().Be(5);                                  // 10 and 0 (quiet day counts as 0)
    }

    [Fact]
    public void A_cell_without_history_has_no_days()
    {
        var history = History(Cell31, First, (100, 2));
        var b = VolumeBaseline.Compute(history, First, Opts()).Get(Cell31.Index);
        b.Should().Be(default(CellBaseline));
    }
}
