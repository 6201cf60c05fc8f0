namespace NQStream.PerfHarness.Ring;

/// <summary>One hand-off implementation under test.</summary>
public interface IRingCandidate
{
    /// <summary>Name used in output and JSON.</summary>
    string Name { get; }

    /// <summary>Why the candidate cannot run here, or null when it can.</summary>
    string? Unavailable { get; }

    /// <summary>Runs <paramref name="events"/> values 0..n-1 through <paramref name="topology"/>.</summary>
    RunResult Run(Topology topology, long events, string waitStrategy);
}
