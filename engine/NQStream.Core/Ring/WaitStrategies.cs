namespace NQStream.Core.Ring;

/// <summary>Creates wait strategies by name: <c>busy-spin</c>, <c>yielding</c>, <c>sleeping</c>, <c>blocking</c>.</summary>
public static class WaitStrategies
{
    /// <summary>The accepted names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["busy-spin", "yielding", "sleeping", "blocking"];

    /// <summary>Creates the strategy called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Unknown name (the message lists the accepted ones).</exception>
    public static IWaitStrategy Create(string name) => name switch
    {
        "busy-spin" => new BusySpinWaitStrategy(),
        "yielding" => new YieldingWaitStrategy(),
        "sleeping" => new SleepingWaitStrategy(),
        "blocking" => new BlockingWaitStrategy(),
        _ => throw new ArgumentException($"unknown wait strategy '{name}' (expected one of: {string.Join(", ", Names)})", nameof(name)),
    };
}
