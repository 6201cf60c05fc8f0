using NQStream.Core.Ring;

namespace NQStream.Benchmarks.Ring;

/// <summary>Sums the values.</summary>
public struct BenchSum : IValueEventHandler<BenchEvent>
{
    public long Sum;

    public void OnEvent(ref BenchEvent evt, long sequence, bool endOfBatch) => Sum += evt.Value;
}

/// <summary>Writes A = Value + 1 (a pipeline stage).</summary>
public struct BenchIncrement : IValueEventHandler<BenchEvent>
{
    public readonly void OnEvent(ref BenchEvent evt, long sequence, bool endOfBatch) => evt.A = evt.Value + 1;
}
