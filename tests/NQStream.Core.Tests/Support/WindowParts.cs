using NQStream.Core.Time;

namespace NQStream.Core.Tests.Support;

/// <summary>Windows keyed by <see cref="TestEvent.Key"/>, sourced by <see cref="TestEvent.Source"/>.</summary>
public struct ByKey : IWindowKeying<TestEvent>
{
    public readonly long KeyOf(in TestEvent evt) => evt.Key;

    public readonly int SourceOf(in TestEvent evt) => evt.Source;
}

/// <summary>Sums <see cref="TestEvent.Value"/>.</summary>
public struct SumValue : IWindowAggregate<TestEvent, long>
{
    public readonly void Add(ref long accumulator, in TestEvent evt) => accumulator += evt.Value;
}
