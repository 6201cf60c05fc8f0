namespace NQStream.Cli.Configuration.Options.Engine;

/// <summary>How ring consumers wait for the next sequence.</summary>
public enum WaitStrategy
{
    /// <summary>Spin without yielding: lowest latency, one core per consumer.</summary>
    BusySpin,

    /// <summary>Spin, then yield the thread.</summary>
    Yielding,

    /// <summary>Spin, yield, then sleep briefly.</summary>
    Sleeping,

    /// <summary>Block on a signal: lowest CPU, highest latency.</summary>
    Blocking,
}
