using NQStream.Core.Time;

namespace NQStream.Core.Tests.Support;

/// <summary>A small unmanaged event for ring and graph tests.</summary>
public struct TestEvent : IEventTimestamps
{
    public long Value;
    public long A;
    public long B;
    public long Key;
    public int Source;
    public long EventTime;
    public long RecvTime;

    public readonly long TsEvent => EventTime;

    public readonly long TsRecv => RecvTime;

    public override readonly string ToString() => $"TestEvent(Value={Value}, Key={Key}, ts={EventTime})";
}
