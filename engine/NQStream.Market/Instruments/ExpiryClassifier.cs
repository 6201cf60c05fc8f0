using NQStream.Market.Sessions;

namespace NQStream.Market.Instruments;

/// <summary>
/// Expiry class (docs/algorithms.md §2.2): the root table of <see cref="ContractFacts"/> first; for roots not in
/// it, the date rule on the Central Time expiry instant: 3rd Friday of Mar/Jun/Sep/Dec at the quarterly time →
/// quarterly; last weekday of the month at the afternoon time, or 3rd Friday of another month → monthly; any other
/// expiry → weekly; no expiry → unknown. Holidays are not known here, so "last business day" means last weekday.
/// </summary>
public static class ExpiryClassifier
{
    /// <summary>Classifies a series.</summary>
    public static ExpiryClass Classify(string root, char monthCode, long expirationNs, ContractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.ClassOfRoot(root, monthCode) is { } byRoot)
        {
            return byRoot;
        }

        if (expirationNs == long.MaxValue)
        {
            return ExpiryClass.Unknown;
        }

        var ct = CentralTime.ToCentral(expirationNs);
        var date = DateOnly.FromDateTime(ct);
        var time = TimeOnly.FromDateTime(ct);
        var thirdFriday = IsThirdFriday(date);
        if (thirdFriday && date.Month % 3 == 0 && time == facts.QuarterlyExpiryTime)
        {
            return ExpiryClass.Quarterly;
        }

        if ((time == facts.AfternoonExpiryTime && date == LastWeekday(date.Year, date.Month)) || (thirdFriday && date.Month % 3 != 0))
        {
            return ExpiryClass.Monthly;
        }

        return ExpiryClass.Weekly;
    }

    /// <summary>True when <paramref name="date"/> is the third Friday of its month.</summary>
    public static bool IsThirdFriday(DateOnly date) => date.DayOfWeek == DayOfWeek.Friday && date.Day is >= 15 and <= 21;

    /// <summary>Last Monday–Friday of a month.</summary>
    public static DateOnly LastWeekday(int year, int month)
    {
        var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
