namespace NQStream.Feeds.Simulation;

/// <summary>
/// Instrument ids derived from the contract itself, so the same instrument has the same id on every day
/// of every run (ids never come from counters). One root expires per date (weeklies are not listed on
/// quarterly, serial or end-of-month dates), so (expiry date, call/put, strike) is unique.
/// </summary>
internal static class InstrumentIds
{
    private static readonly int Epoch = new DateOnly(2000, 1, 1).DayNumber;

    public static uint Future(int year, int month) => (uint)(4_000 + ((year % 100) * 12) + month);

    public static uint Option(DateOnly expiry, bool call, int strike)
    {
        var day = (uint)(expiry.DayNumber - Epoch);
        return 1_000_000u + ((((day * 2u) + (call ? 1u : 0u)) * 8192u) + (uint)(strike / 10));
    }
}
