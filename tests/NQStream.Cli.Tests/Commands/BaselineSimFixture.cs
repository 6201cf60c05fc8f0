using NQStream.Feeds.Simulation;

namespace NQStream.Cli.Tests.Commands;

/// <summary>Three small simulated trade dates shared by the baseline command tests.</summary>
public sealed class BaselineSimFixture : IDisposable
{
    public BaselineSimFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "nqbl-cli-" + Guid.NewGuid().ToString("N"));
        new Simulator(new SimulationOptions { Days = 3, Seed = 11, EventsPerDay = 30_000 }).Run(Dir);
    }

    public string Dir { get; }

    public void Dispose()
    {
        if (Directory.Exists(Dir))
        {
            Directory.Delete(Dir, recursive: true);
        }
    }
}
