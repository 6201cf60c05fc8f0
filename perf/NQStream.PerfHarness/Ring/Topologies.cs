namespace NQStream.PerfHarness.Ring;

/// <summary>Names, parsing and expected checksums of <see cref="Topology"/>.</summary>
public static class Topologies
{
    /// <summary>Every topology with its command-line name, in report order.</summary>
    public static IReadOnlyList<(string Name, Topology Topology)> All { get; } =
    [
        ("1p1c", Topology.OneToOne),
        ("1p3c-multicast", Topology.Multicast),
        ("3-stage-pipeline", Topology.Pipeline),
        ("diamond", Topology.Diamond),
        ("3p1c", Topology.ThreeToOne),
    ];

    /// <summary>The command-line name.</summary>
    public static string NameOf(Topology topology) => All.First(t => t.Topology == topology).Name;

    /// <summary>Parses a name; null when unknown.</summary>
    public static Topology? TryParse(string name)
    {
        foreach (var (n, t) in All)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Events actually sent: 3p1c rounds down to a multiple of three.</summary>
    public static long EffectiveEvents(Topology topology, long events) =>
        topology == Topology.ThreeToOne ? events / 3 * 3 : events;

    /// <summary>
    /// The checksum every implementation must produce for values 0..n-1: 1p1c and 3p1c the sum of the
    /// values; multicast the three consumers' sums added; pipeline Σ 3(v + 7); diamond the count of
    /// multiples of 15 (FizzBuzz).
    /// </summary>
    public static long ExpectedChecksum(Topology topology, long events)
    {
        var n = EffectiveEvents(topology, events);
        return topology switch
        {
            Topology.OneToOne => SumTo(n),
            Topology.Multicast => 3 * SumTo(n),
            Topology.Pipeline => 3 * (SumTo(n) + (7 * n)),
            Topology.Diamond => (n + 14) / 15,
            _ => 3 * SumTo(n / 3),
        };
    }

    private static long SumTo(long n) => n * (n - 1) / 2;
}
