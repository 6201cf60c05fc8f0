namespace NQStream.Feeds.Simulation;

/// <summary>
/// Plans the day's institutional flow: the configured number of each kind, started at times drawn from
/// the intraday activity profile (so most fall in regular trading hours), each informed with probability
/// <see cref="SimulationOptions.InformedShare"/>.
/// </summary>
internal static class InstitutionalSchedule
{
    public static void Plan(DaySimulator day, SimRandom rng)
    {
        var o = day.Options;
        Add(day, rng, o.SweepsPerDay, informed => new SweepInjector(informed, sweep: true));
        Add(day, rng, o.BlocksPerDay, informed => new SweepInjector(informed, sweep: false));
        Add(day, rng, o.IcebergsPerDay, informed => new IcebergInjector(informed));
        Add(day, rng, o.VolumeShocksPerDay, informed => new VolumeShockInjector(informed));
        Add(day, rng, o.EmergenciesPerDay, informed => new EmergencyInjector(informed));
    }

    private static void Add(DaySimulator day, SimRandom rng, int count, Func<bool, FlowScript> create)
    {
        var profile = new IntradayProfile();
        var open = TradingCalendar.SessionOpenNs(day.TradeDate);
        for (var i = 0; i < count; i++)
        {
            var informed = rng.Chance(day.Options.InformedShare);
            var ts = open + (ulong)profile.FromProfile(rng.Uniform(0.01, 0.95));
            day.Schedule(ts, create(informed));
        }
    }
}
