namespace NQStream.Feeds.Simulation;

/// <summary>
/// The NQ listing calendar (algorithms.md §1, §2.2): quarterly futures H/M/U/Z expiring 08:30 CT on the
/// 3rd Friday; quarterly options (root NQ) with them; serial QN3 on the 3rd Friday of other months, EOM QNE
/// on the last business day, weeklies Q{n}A–Q{n}D (Mon–Thu, n = which occurrence of that weekday) and
/// QN1/QN2/QN4 on Fridays, all expiring 15:00 CT; weeklies are not listed on EOM, serial or quarterly dates.
/// A series is live on trade date D from <c>expiry − horizon</c> (its activation) up to its expiry date
/// (quarterlies, which stop at 08:30 with their future, up to the day before).
/// </summary>
internal sealed class OptionSeriesCalendar
{
    private readonly TradingCalendar _calendar;
    private readonly SimulationOptions _options;

    public OptionSeriesCalendar(TradingCalendar calendar, SimulationOptions options)
    {
        _calendar = calendar;
        _options = options;
    }

    public static char MonthCode(int month) => "FGHJKMNQUVXZ"[month - 1];

    public static bool IsQuarterMonth(int month) => month % 3 == 0;

    /// <summary>The quarterly future of a given year and quarter month.</summary>
    public static FutureContract Quarterly(int year, int month)
    {
        var expiry = SimCalendar.NthWeekday(year, month, DayOfWeek.Friday, 3);
        return new FutureContract($"NQ{MonthCode(month)}{year % 10}", year, month, expiry, SimCalendar.ToUtcNs(expiry, 8, 30), InstrumentIds.Future(year, month));
    }

    /// <summary>The first quarterly future whose expiry date is after <paramref name="date"/>.</summary>
    public static FutureContract FirstQuarterlyAfter(DateOnly date)
    {
        var year = date.Year;
        var month = ((date.Month + 2) / 3) * 3;
        while (true)
        {
            var f = Quarterly(year, month);
            if (f.ExpiryDate > date)
            {
                return f;
            }

            month += 3;
            if (month > 12)
            {
                month = 3;
                year++;
            }
        }
    }

    /// <summary>Front and next quarterly futures on trade date <paramref name="d"/> (the front rolls on its expiry date).</summary>
    public static (FutureContract Front, FutureContract Next) Futures(DateOnly d)
    {
        var front = FirstQuarterlyAfter(d);
        return (front, FirstQuarterlyAfter(front.ExpiryDate));
    }

    /// <summary>Every option series live on trade date <paramref name="d"/>, by expiry date.</summary>
    public List<OptionSeries> LiveSeries(DateOnly d)
    {
        var (front, next) = Futures(d);
        var horizon = Math.Max(_options.QuarterlyHorizonDays, Math.Max(_options.MonthlyHorizonDays, _options.WeeklyHorizonDays));
        var list = new List<OptionSeries>();
        for (var x = d; x <= d.AddDays(horizon); x = x.AddDays(1))
        {
            if (!_calendar.IsTradeDate(x) || Classify(x) is not (string root, ExpiryClass cls))
            {
                continue;
            }

            var days = x.DayNumber - d.DayNumber;
            var limit = cls switch { ExpiryClass.Weekly => _options.WeeklyHorizonDays, ExpiryClass.Monthly => _options.MonthlyHorizonDays, _ => _options.QuarterlyHorizonDays };
            if (days > limit || (cls == ExpiryClass.Quarterly && days == 0))
            {
                continue;
            }

            var underlying = cls == ExpiryClass.Quarterly ? Quarterly(x.Year, x.Month) : FirstQuarterlyAfter(x);
            if (underlying.InstrumentId != front.InstrumentId && underlying.InstrumentId != next.InstrumentId)
            {
                continue;
            }

            var expiration = cls == ExpiryClass.Quarterly ? underlying.ExpirationNs : SimCalendar.ToUtcNs(x, 15, 0);
            var activation = TradingCalendar.SessionOpenNs(_calendar.OnOrAfter(x.AddDays(-limit)));
            list.Add(new OptionSeries(root, cls, x, expiration, activation, underlying, cls != ExpiryClass.Quarterly));
        }

        return list;
    }

    /// <summary>Root and class of the series expiring on <paramref name="x"/>, or null when none is listed.</summary>
    public static (string Root, ExpiryClass Class)? Classify(DateOnly x)
    {
        if (x.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return null;
        }

        var n = SimCalendar.WeekdayOrdinal(x);
        if (x.DayOfWeek == DayOfWeek.Friday && n == 3)
        {
            return IsQuarterMonth(x.Month) ? ("NQ", ExpiryClass.Quarterly) : ("QN3", ExpiryClass.Monthly);
        }

        if (x == SimCalendar.LastBusinessDay(x.Year, x.Month))
        {
            return ("QNE", ExpiryClass.Monthly);
        }

        return x.DayOfWeek switch
        {
            DayOfWeek.Monday => ($"Q{n}A", ExpiryClass.Weekly),
            DayOfWeek.Tuesday => ($"Q{n}B", ExpiryClass.Weekly),
            DayOfWeek.Wednesday => ($"Q{n}C", ExpiryClass.Weekly),
            DayOfWeek.Thursday => ($"Q{n}D", ExpiryClass.Weekly),
            _ => n is 1 or 2 or 4 ? ($"QN{n}", ExpiryClass.Weekly) : null,
        };
    }
}
