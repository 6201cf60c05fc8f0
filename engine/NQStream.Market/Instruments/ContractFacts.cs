namespace NQStream.Market.Instruments;

/// <summary>
/// Product facts used as defaults where a definition is silent (docs/algorithms.md §1, §2.2). <see cref="Nq"/>
/// is the one place NQStream keeps the CME NQ defaults: $20 multiplier, option tick 0.05 up to a 5.00-point
/// premium and 0.25 above, futures tick 0.25, 10-point strikes, quarterly expiry 08:30 CT and weekly/EOM/serial
/// 15:00 CT, and the root → expiry-class table. Definitions win: <c>unit_of_measure_qty</c> and
/// <c>min_price_increment</c> are used whenever present.
/// </summary>
public sealed record class ContractFacts
{
    /// <summary>CME E-mini Nasdaq-100 futures and options (docs/algorithms.md §1).</summary>
    public static ContractFacts Nq { get; } = new();

    /// <summary>Root of the futures (and of the quarterly options): <c>NQ</c>.</summary>
    public string FutureRoot { get; init; } = "NQ";

    /// <summary>Dollars per index point for futures and options of the product's roots (NQ: 20).</summary>
    public double Multiplier { get; init; } = 20.0;

    /// <summary>Futures tick when a future's definition has no <c>min_price_increment</c> (0.25 pt).</summary>
    public long FuturesTickRaw { get; init; } = 250_000_000;

    /// <summary>Option tick rule when the definition's <c>min_price_increment</c> is UNDEF (CME equity-index options).</summary>
    public TickRule OptionTick { get; init; } = TickRule.Variable(50_000_000, 250_000_000, 5_000_000_000);

    /// <summary>Listed strike step at listing (10 pts); a listing fact for validation, never used to generate strikes.</summary>
    public long StrikeStepRaw { get; init; } = 10_000_000_000;

    /// <summary>Last-trade time of quarterly options and futures, Central Time (08:30).</summary>
    public TimeOnly QuarterlyExpiryTime { get; init; } = new(8, 30);

    /// <summary>Last-trade time of weekly, end-of-month and serial options, Central Time (15:00).</summary>
    public TimeOnly AfternoonExpiryTime { get; init; } = new(15, 0);

    /// <summary>Futures months whose <see cref="FutureRoot"/> options are quarterly (H, M, U, Z).</summary>
    public string QuarterlyMonthCodes { get; init; } = "HMUZ";

    /// <summary>Roots of monthly options: end-of-month <c>QNE</c> and serial <c>QN3</c>.</summary>
    public IReadOnlyList<string> MonthlyRoots { get; init; } = ["QNE", "QN3"];

    /// <summary>Roots of weekly options: Mon <c>Q1A</c>–<c>Q5A</c>, Tue <c>Q1B</c>–<c>Q5B</c>, Wed <c>Q1C</c>–<c>Q5C</c>, Thu <c>Q1D</c>–<c>Q5D</c>, Fri <c>QN1</c>, <c>QN2</c>, <c>QN4</c>.</summary>
    public IReadOnlyList<string> WeeklyRoots { get; init; } =
    [
        "Q1A", "Q2A", "Q3A", "Q4A", "Q5A",
        "Q1B", "Q2B", "Q3B", "Q4B", "Q5B",
        "Q1C", "Q2C", "Q3C", "Q4C", "Q5C",
        "Q1D", "Q2D", "Q3D", "Q4D", "Q5D",
        "QN1", "QN2", "QN4",
    ];

    /// <summary>True when <paramref name="root"/> is one of this product's option or futures roots.</summary>
    public bool IsProductRoot(string root) =>
        string.Equals(root, FutureRoot, StringComparison.Ordinal) || Contains(MonthlyRoots, root) || Contains(WeeklyRoots, root);

    /// <summary>The class the root table gives, or null when the root is not in the table (the date rule decides).</summary>
    public ExpiryClass? ClassOfRoot(string root, char monthCode)
    {
        if (string.Equals(root, FutureRoot, StringComparison.Ordinal))
        {
            return QuarterlyMonthCodes.Contains(monthCode, StringComparison.Ordinal) ? ExpiryClass.Quarterly : ExpiryClass.Monthly;
        }

        if (Contains(MonthlyRoots, root))
        {
            return ExpiryClass.Monthly;
        }

        return Contains(WeeklyRoots, root) ? ExpiryClass.Weekly : null;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
