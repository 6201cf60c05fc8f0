using FluentAssertions;
using NQStream.Feeds.Simulation;
using Xunit;

namespace NQStream.Feeds.Tests.Simulation;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "nqsim-det-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_same_arguments_give_byte_identical_files_and_another_seed_does_not()
    {
        string Run(string name, ulong seed)
        {
            var dir = Path.Combine(_root, name);
            var o = SimulatedMarket.SmallOptions(seed, days: 2, eventsPerDay: 40_000);
            new Simulator(o).Run(dir);
            return dir;
        }

        var a = Run("a", 5);
        var b = Run("b", 5);
        var c = Run("c", 6);
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCount(8, "3 DBN files per day for 2 days + labels.jsonl + summary.json");
        foreach (var f in files)
        {
            File.ReadAllBytes(Path.Combine(b, f)).Should().Equal(File.ReadAllBytes(Path.Combine(a, f)), f);
        }

        var mbo = Path.Combine("2026-11-02", "mbo.dbn.zst");
        File.ReadAllBytes(Path.Combine(c, mbo)).Should().NotEqual(File.ReadAllBytes(Path.Combine(a, mbo)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
