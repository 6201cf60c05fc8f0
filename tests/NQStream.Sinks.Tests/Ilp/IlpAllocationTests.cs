using FluentAssertions;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Rows;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>The encode path allocates nothing per row once the buffer has its working size (allocation, not time).</summary>
public sealed class IlpAllocationTests
{
    [Theory]
    [InlineData(IlpProtocolVersion.V1)]
    [InlineData(IlpProtocolVersion.V2)]
    public void Encoding_rows_allocates_zero_bytes(IlpProtocolVersion version)
    {
        var rows = new SinkRow[]
        {
            new WindowRow { Ts = 1, InstrumentId = 7, RawSymbol = "NQZ5 C21000", Window = "1m", Pressure = 0.25, Ofi = -12, Volume = 5, VolumeRatio = 3.125, Z = double.NaN },
            new SignalRow
            {
                Ts = 2, SignalId = "ab", Underlying = "NQZ5", InstrumentId = 1, RawSymbol = "NQZ5 P20000", Kind = "k", Direction = "bullish", SignalClass = "HIGH",
                Priority = "HIGH", Confidence = 0.5, FeaturesJson = "{\"a\":\"b \\\"c\\\"\"}", Rationale = "données", ParameterSetId = "p",
            },
            new FeedQualityRow { Ts = 3, Source = "databento", Status = "ok", Stale = true, LagMs = 1e-7 },
            new MetricsSnapshotRow { Ts = 4, Component = "ring", Metric = "depth", Value = 1e300 },
        };
        using var buffer = new IlpBuffer(version, initialSize: 1 << 16);

        // Warm-up: the buffer grows to its working size (amortised, not per row) and the JIT settles.
        for (int i = 0; i < 10_000; i++)
        {
            IlpRowWriter.Append(buffer, rows[i % rows.Length]);
        }

        buffer.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            IlpRowWriter.Append(buffer, rows[i % rows.Length]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        buffer.RowCount.Should().Be(10_000);
    }
}
