using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

public sealed class CalibrationTableTests
{
    private static readonly DateOnly D = new(2026, 11, 9);
    private static readonly DateOnly[] Calendar = [new(2026, 11, 2), new(2026, 11, 3), new(2026, 11, 4), new(2026, 11, 5), new(2026, 11, 6), D];
    private static readonly CalibrationKey A = CalibrationKey.Of(SignalPriority.High, CalibrationSource.Flow, 40, 20, TimeSpan.FromMinutes(60));
    private static readonly CalibrationKey B = CalibrationKey.Of(SignalPriority.Immediate, CalibrationSource.Emergency, 40, 20, TimeSpan.FromMinutes(60));
    private static readonly ExpectedValueOptions Ev = new() { MinCalibrationN = 3, CalibrationDays = 3 };

    private static readonly CalibrationOutcome[] Outcomes =
    [
        new(A, new(2026, 11, 2), AccuracyOutcome.Hit),      // before the 3-day window
        new(A, new(2026, 11, 4), AccuracyOutcome.Hit),
        new(A, new(2026, 11, 5), AccuracyOutcome.Miss),
        new(A, new(2026, 11, 6), AccuracyOutcome.Hit),
        new(A, new(2026, 11, 6), AccuracyOutcome.Timeout),
        new(A, D, AccuracyOutcome.Hit),                     // resolved on D itself: look-ahead, excluded
        new(B, new(2026, 11, 5), AccuracyOutcome.Hit),
        new(B, new(2026, 11, 6), AccuracyOutcome.Hit),
    ];

    [Fact]
    public void Uses_the_trailing_window_before_the_trade_date_and_the_wilson_lower_bound()
    {
        var table = CalibrationTable.Build(Outcomes, Calendar, D, Ev, new AccuracyOptions());

        var a = table.Lookup(A);
        a.N.Should().Be(4);
        a.Hits.Should().Be(2);
        a.Probability!.Value.Should().BeApproximately(0.15003898915214947, 1e-12);

        var b = table.Lookup(B);
        b.N.Should().Be(2);
        b.Probability.Should().BeNull("2 < min_calibration_n = 3: the prior is used");

        table.Rows.Select(r => r.Key).Should().Equal(B, A); // IMMEDIATE before HIGH
    }

    [Fact]
    public void Exclude_policy_drops_timeouts_and_unknown_keys_fall_back_to_the_prior()
    {
        var table = CalibrationTable.Build(Outcomes, Calendar, D, Ev, new AccuracyOptions { TimeoutPolicy = TimeoutPolicy.Exclude });

        var a = table.Lookup(A);
        a.N.Should().Be(3);
        a.Probability!.Value.Should().BeApproximately(0.20765960080204768, 1e-12);

        var other = CalibrationKey.Of(SignalPriority.High, CalibrationSource.Flow, 40.25, 20, TimeSpan.FromMinutes(60));
        table.Lookup(other).Should().Be(new CalibrationCell(other, 0, 0, null));
    }

    [Fact]
    public void Bracket_keys_compare_in_hundredths_of_a_point()
    {
        CalibrationKey.Of(SignalPriority.High, CalibrationSource.Flow, 0.1 + 0.2, 20, TimeSpan.FromMinutes(1))
            .Should().Be(CalibrationKey.Of(SignalPriority.High, CalibrationSource.Flow, 0.3, 20, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Unsorted_calendar_is_rejected()
    {
        var act = () => CalibrationTable.Build(Outcomes, [new(2026, 11, 3), new(2026, 11, 2)], D, Ev, new AccuracyOptions());
        act.Should().Throw<ArgumentException>().WithMessage("*index 1: 2026-11-02*");
    }
}
