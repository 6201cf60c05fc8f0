namespace NQStream.Market.Chain;

/// <summary>
/// NQ option tick by price (algorithms.md §1): 0.25 pt when the premium is above 5.00 pts, 0.05 pt at or below.
/// A contract fact, not a tuning value: never assume one tick per instrument.
/// </summary>
public static class OptionTick
{
    /// <summary>Premium (points) above which the large tick applies.</summary>
    public const double Threshold = 5.0;

    /// <summary>Tick above <see cref="Threshold"/>.</summary>
    public const double Large = 0.25;

    /// <summary>Tick at or below <see cref="Threshold"/>.</summary>
    public const double Small = 0.05;

    /// <summary>The tick that applies at <paramref name="premium"/> points.</summary>
    public static double For(double premium) => premium > Threshold ? Large : Small;
}
