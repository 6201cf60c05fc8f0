using NQStream.Core.Ring;

namespace NQStream.Core.Tests.Support;

/// <summary>Sums Value and counts events.</summary>
public struct SumHandler : IValueEventHandler<TestEvent>
{
    public long Sum;
    public long Count;

    public void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch)
    {
        Sum += evt.Value;
        Count++;
    }
}

/// <summary>Records every (value, endOfBatch) pair it sees.</summary>
public struct RecordingHandler : IValueEventHandler<TestEvent>
{
    public RecordingHandler() => Seen = [];

    public List<(long Value, long Sequence, bool EndOfBatch)> Seen { get; }

    public readonly void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch) => Seen.Add((evt.Value, sequence, endOfBatch));
}

/// <summary>Stage 1: A = Value + 1.</summary>
public struct StageOne : IValueEventHandler<TestEvent>
{
    public readonly void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch) => evt.A = evt.Value + 1;
}

/// <summary>Stage 2: B = A * 3 (fails the test if stage 1 has not run).</summary>
public struct StageTwo : IValueEventHandler<TestEvent>
{
    public long Violations;

    public void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch)
    {
        if (evt.A != evt.Value + 1)
        {
            Violations++;
        }

        evt.B = evt.A * 3;
    }
}

/// <summary>Sums B and counts events where B is not 3 (Value + 1).</summary>
public struct StageThree : IValueEventHandler<TestEvent>
{
    public long Sum;
    public long Violations;

    public void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch)
    {
        if (evt.B != 3 * (evt.Value + 1))
        {
            Violations++;
        }

        Sum += evt.B;
    }
}

/// <summary>Diamond branch: A = Value * 2.</summary>
public struct DoubleIntoA : IValueEventHandler<TestEvent>
{
    public readonly void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch) => evt.A = evt.Value * 2;
}

/// <summary>Diamond branch: B = Value * 5.</summary>
public struct QuintupleIntoB : IValueEventHandler<TestEvent>
{
    public readonly void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch) => evt.B = evt.Value * 5;
}

/// <summary>Diamond join: checks both branches have written, sums A + B.</summary>
public struct JoinAB : IValueEventHandler<TestEvent>
{
    public long Sum;
    public long Violations;

    public void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch)
    {
        if (evt.A != evt.Value * 2 || evt.B != evt.Value * 5)
        {
            Violations++;
        }

        Sum += evt.A + evt.B;
    }
}

/// <summary>Throws on every value that is a multiple of <see cref="Every"/>; sums the rest.</summary>
public struct ThrowingHandler : IValueEventHandler<TestEvent>
{
    public ThrowingHandler(long every) => Every = every;

    public long Every { get; }

    public long Sum;

    public void OnEvent(ref TestEvent evt, long sequence, bool endOfBatch)
    {
        if (evt.Value % Every == 0)
        {
            throw new InvalidOperationException($"bad value {evt.Value}");
        }

        Sum += evt.Value;
    }
}
