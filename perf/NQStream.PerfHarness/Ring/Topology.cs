namespace NQStream.PerfHarness.Ring;

/// <summary>The hand-off shapes measured (names follow the LMAX Disruptor perf tests).</summary>
public enum Topology
{
    /// <summary>One producer, one consumer summing values.</summary>
    OneToOne,

    /// <summary>One producer, three consumers each seeing every event.</summary>
    Multicast,

    /// <summary>One producer, three stages in series, each reading what the previous one wrote.</summary>
    Pipeline,

    /// <summary>One producer, two parallel stages (fizz, buzz), one joining stage.</summary>
    Diamond,

    /// <summary>Three producers, one consumer.</summary>
    ThreeToOne,
}
