using FluentAssertions;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;

namespace NQStream.Operators.Tests.Baseline;

/// <summary>Hand-built histories and timestamps for the baseline tests.</summary>
internal static class BaselineFixtures
{
    /// <summary>Weekly, DTE 2–5, |Δ| [0.40, 0.60), call, ToD 31 (08:30–09:00 CT).</summary>
    public static BaselineCell Cell31 => Cell(31);

    public static BaselineCell Cell(int tod)
    {
        BaselineCell.TryCreate(ExpiryClass.Weekly, 3, 0.5, isPut: false, tod, out var cell).Should().BeTrue();
        return cell;
    }

    /// <summary>ts_event <paramref name="secondsIn"/> seconds into ToD bucket <paramref name="tod"/> of <paramref name="date"/>.</summary>
    public static long Ts(DateOnly date, int tod, int secondsIn = 0) =>
        TradingSession.OpenNs(date) + (tod * TradingSession.BucketNs) + (secondsIn * 1_000_000_000L);

    /// <summary>Consecutive weekdays starting at <paramref name="first"/>.</summary>
    public static DateOnly[] Weekdays(DateOnly first, int count)
    {
        var days = new DateOnly[count];
        var d = first;
        for (var i = 0; i < count; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                d = d.AddDays(1);
            }

            days[i] = d;
            d = d.AddDays(1);
        }

        return days;
    }

    /// <summary>One day per (V, n) pair in <paramref name="cell"/>, every bucket covered.</summary>
    public static BaselineHistory History(BaselineCell cell, DateOnly first, params (long V, int N)[] values)
    {
        var dates = Weekdays(first, values.Length);
        var days = new List<BaselineDay>();
        for (var i = 0; i < values.Length; i++)
        {
            var day = new BaselineDay(dates[i], BaselineDay.AllBuckets);
            day.Set(cell.Index, values[i].V, values[i].N);
            days.Add(day);
        }

        return new BaselineHistory(days);
    }

    public static BaselineOptions Opts(int minHistoryDays = 1, BaselineUnit unit = BaselineUnit.PerInstrument, int historyDays = 20) =>
        new() { MinHistoryDays = minHistoryDays, HistoryDays = historyDays, BaselineUnit = unit };
}
