using NQStream.Operators.Iceberg;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>Collects candidates through a struct sink (the detector takes struct sinks only).</summary>
internal struct ListSink(List<IcebergCandidate> items) : IOperatorSink<IcebergCandidate>
{
    public readonly void Emit(in IcebergCandidate item) => items.Add(item);
}
