using NQStream.Core.Ring;

namespace NQStream.PerfHarness.Ring;

/// <summary>Sums the values (1p1c, multicast, 3p1c).</summary>
public struct SumHandler : IValueEventHandler<PerfEvent>
{
    /// <summary>The running sum.</summary>
    public long Sum;

    /// <inheritdoc />
    public void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch) => Sum += evt.Value;
}

/// <summary>Pipeline stage 1: A = value + 7.</summary>
public struct AddSevenHandler : IValueEventHandler<PerfEvent>
{
    /// <inheritdoc />
    public readonly void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch) => evt.A = evt.Value + 7;
}

/// <summary>Pipeline stage 2: B = A * 3.</summary>
public struct TripleHandler : IValueEventHandler<PerfEvent>
{
    /// <inheritdoc />
    public readonly void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch) => evt.B = evt.A * 3;
}

/// <summary>Pipeline stage 3: sums B.</summary>
public struct SumBHandler : IValueEventHandler<PerfEvent>
{
    /// <summary>The running sum.</summary>
    public long Sum;

    /// <inheritdoc />
    public void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch) => Sum += evt.B;
}

/// <summary>Diamond branch: A = 1 when the value is a multiple of 3.</summary>
public struct FizzHandler : IValueEventHandler<PerfEvent>
{
    /// <inheritdoc />
    public readonly void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch) => evt.A = evt.Value % 3 == 0 ? 1 : 0;
}

/// <summary>Diamond branch: B = 1 when the value is a multiple of 5.</summary>
public struct BuzzHandler : IValueEventHandler<PerfEvent>
{
    /// <inheritdoc />
    public readonly void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch) => evt.B = evt.Value % 5 == 0 ? 1 : 0;
}

/// <summary>Diamond join: counts events where both branches said yes.</summary>
public struct FizzBuzzHandler : IValueEventHandler<PerfEvent>
{
    /// <summary>The count.</summary>
    public long Count;

    /// <inheritdoc />
    public void OnEvent(ref PerfEvent evt, long sequence, bool endOfBatch)
    {
        if ((evt.A & evt.B) == 1)
        {
            Count++;
        }
    }
}
