using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>
/// Records straddle the reader's buffer refills (a 4,096-byte buffer is not a multiple of the 56-byte MBO record, nor of
/// the 520-byte definition) and zstd's output chunks: every record still decodes to its values, at its offset.
/// </summary>
public sealed class BufferBoundaryTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("dbn-boundary");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("mixed.dbn", 4096)]
    [InlineData("mixed.dbn.zst", 4096)]
    [InlineData("mixed.dbn.zst", 5000)]
    public void Records_split_across_refills_decode_with_their_values_and_offsets(string name, int bufferSize)
    {
        const int records = 3_000;
        var path = Path.Combine(_dir, name);
        using (var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0 }))
        {
            for (var i = 0; i < records; i++)
            {
                if (i % 97 == 0)
                {
                    var d = new InstrumentDefMsg { TsRecv = (ulong)i, StrikePrice = i * 1_000L };
                    d.Hd.RType = RType.InstrumentDef;
                    d.Hd.InstrumentId = (uint)i;
                    w.Write(in d);
                    continue;
                }

                var m = new MboMsg { TsRecv = (ulong)i, OrderId = (ulong)i * 3, Price = i * 250_000_000L, Size = (uint)(i % 50) + 1, Action = (byte)'A', Side = (byte)'B' };
                m.Hd.RType = RType.Mbo;
                m.Hd.InstrumentId = (uint)i;
                w.Write(in m);
            }
        }

        using var reader = DbnReader.Open(path, DbnReaderOptions.Default with { BufferSize = bufferSize });
        var first = -1L;
        var expectedOffset = 0L;
        var i2 = 0;
        while (reader.TryRead(out var rec))
        {
            if (first < 0)
            {
                first = expectedOffset = rec.Offset;
            }

            rec.Offset.Should().Be(expectedOffset, $"record {i2} follows the previous one");
            expectedOffset += rec.Bytes.Length;
            if (i2 % 97 == 0)
            {
                ref readonly var d = ref rec.As<InstrumentDefMsg>();
                (rec.RType, d.Hd.InstrumentId, d.TsRecv, d.StrikePrice).Should().Be((RType.InstrumentDef, (uint)i2, (ulong)i2, i2 * 1_000L));
            }
            else
            {
                ref readonly var m = ref rec.As<MboMsg>();
                (rec.RType, m.Hd.InstrumentId, m.TsRecv, m.OrderId, m.Price, m.Size)
                    .Should().Be((RType.Mbo, (uint)i2, (ulong)i2, (ulong)i2 * 3, i2 * 250_000_000L, (uint)(i2 % 50) + 1));
            }

            i2++;
        }

        i2.Should().Be(records);
        reader.RecordCount.Should().Be(records);
    }
}
