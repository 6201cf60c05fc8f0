using NQStream.Feeds.Simulation;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// Two small simulated trade dates (2026-11-02 and 2026-11-03) shared by the <c>chain analyze</c> replay tests; the
/// second day's statistics carry the first day's settlements, so both the trade and the settlement prices occur.
/// </summary>
public sealed class ChainReplaySimFixture : IDisposable
{
    public ChainReplaySimFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "nqchain-cli-" + Guid.NewGuid().ToString("N"));
        new Simulator(new SimulationOptions { Seed = 7, Days = 2, EventsPerDay = 100_000 }).Run(Dir);
        Day = Path.Combine(Dir, "2026-11-03");
        FirstDay = Path.Combine(Dir, "2026-11-02");
    }

    public string Dir { get; }

    /// <summary>The second trade date, the one most tests replay.</summary>
    public string Day { get; }

    public string FirstDay { get; }

    public string Definitions => Path.Combine(Day, "definitions.dbn.zst");

    public string Statistics => Path.Combine(Day, "statistics.dbn.zst");

    public string Mbo => Path.Combine(Day, "mbo.dbn.zst");

    public string[] Files => [Definitions, Statistics, Mbo];

    public string[] BothDays =>
    [
        Path.Combine(FirstDay, "definitions.dbn.zst"), Path.Combine(FirstDay, "statistics.dbn.zst"), Path.Combine(FirstDay, "mbo.dbn.zst"),
        .. Files,
    ];

    public void Dispose()
    {
        if (Directory.Exists(Dir))
        {
            Directory.Delete(Dir, recursive: true);
        }
    }
}
