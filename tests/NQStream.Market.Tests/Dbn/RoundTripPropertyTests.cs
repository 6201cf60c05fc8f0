using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Layout;
using NQStream.Market.Dbn.Records;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>Property: decode(encode(x)) == x for every v3 record type, plain and zstd, and for the metadata.</summary>
public sealed class RoundTripPropertyTests
{
    private static readonly Dictionary<string, byte[]> RTypes = new()
    {
        ["MboMsg"] = [RType.Mbo],
        ["TradeMsg"] = [RType.Mbp0],
        ["Mbp1Msg"] = [RType.Mbp1],
        ["Mbp10Msg"] = [RType.Mbp10],
        ["BboMsg"] = [RType.Bbo1S, RType.Bbo1M],
        ["Cmbp1Msg"] = [RType.Cmbp1, RType.Tcbbo],
        ["CbboMsg"] = [RType.Cbbo1S, RType.Cbbo1M],
        ["OhlcvMsg"] = [RType.OhlcvDeprecated, RType.Ohlcv1S, RType.Ohlcv1M, RType.Ohlcv1H, RType.Ohlcv1D, RType.OhlcvEod],
        ["StatusMsg"] = [RType.Status],
        ["ImbalanceMsg"] = [RType.Imbalance],
        ["StatMsg"] = [RType.Statistics],
        ["SymbolMappingMsg"] = [RType.SymbolMapping],
        ["ErrorMsg"] = [RType.Error],
        ["SystemMsg"] = [RType.System],
        ["InstrumentDefMsg"] = [RType.InstrumentDef],
    };

    [Fact]
    public void Every_v3_record_type_has_an_rtype() =>
        RTypes.Keys.Should().BeEquivalentTo(DbnLayouts.AllV3.Select(l => l.StructName));

    [Fact]
    public void Decode_of_encode_is_identity_for_random_records()
    {
        var gen = from count in Gen.Choose(1, 40)
                  from seeds in Gen.ArrayOf(Gen.Choose(int.MinValue, int.MaxValue), count)
                  from zstd in Gen.Elements(false, true)
                  select (seeds, zstd);
        Prop.ForAll(Arb.From(gen), t => RoundTrips(t.seeds, t.zstd)).QuickCheckThrowOnFailure();
    }

    private static bool RoundTrips(int[] seeds, bool zstd)
    {
        var records = seeds.Select(RandomRecord).ToList();
        var meta = new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0xFFFF, Start = 1, StypeIn = 4, Symbols = ["NQ.OPT"] };
        using var ms = new MemoryStream();
        using (var w = new DbnWriter(ms, meta, zstd))
        {
            foreach (var r in records)
            {
                w.WriteRaw(r);
            }
        }

        using var reader = DbnReader.Open(new MemoryStream(ms.ToArray()), "roundtrip");
        reader.Metadata.Should().BeEquivalentTo(meta, o => o.Excluding(m => m.MetadataLength).Excluding(m => m.UsedBytes));
        foreach (var expected in records)
        {
            reader.TryRead(out var rec).Should().BeTrue();
            rec.Bytes.ToArray().Should().Equal(expected);
        }

        reader.TryRead(out _).Should().BeFalse();
        return true;
    }

    /// <summary>A v3 record of a random type with random values in every field (reserved bytes zero).</summary>
    private static byte[] RandomRecord(int seed)
    {
        var rng = new Random(seed);
        var layout = DbnLayouts.AllV3[rng.Next(DbnLayouts.AllV3.Count)];
        var rtypes = RTypes[layout.StructName];
        var b = new byte[layout.Size];
        b[0] = (byte)(layout.Size / 4);
        b[1] = rtypes[rng.Next(rtypes.Length)];
        rng.NextBytes(b.AsSpan(2, 14));
        foreach (var f in layout.Fields)
        {
            var field = b.AsSpan(f.Offset, f.Size);
            if (f.Kind == FieldKind.Str)
            {
                var len = rng.Next(f.Size + 1);
                for (var i = 0; i < len; i++)
                {
                    field[i] = (byte)rng.Next(0x20, 0x7F);
                }
            }
            else if (f.Kind == FieldKind.ConsolidatedLevels)
            {
                for (var l = 0; l < f.LevelCount; l++)
                {
                    rng.NextBytes(field.Slice(l * 32, 26));
                    rng.NextBytes(field.Slice(l * 32 + 28, 2));
                    field[(l * 32) + 26] = field[(l * 32) + 27] = 0;
                }
            }
            else
            {
                rng.NextBytes(field);
            }
        }

        return b;
    }

    [Fact]
    public void Typed_write_sets_the_length_and_reads_back()
    {
        var m = new MboMsg { OrderId = 7, Price = DbnConstants.UndefPrice, Size = 3, Action = (byte)'R', Side = (byte)'N', Flags = Flags.Snapshot | Flags.BadTsRecv };
        m.Hd.RType = RType.Mbo;
        m.Hd.InstrumentId = 99;
        using var ms = new MemoryStream();
        using (var w = new DbnWriter(ms, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0 }, zstd: true))
        {
            w.Write(in m);
        }

        using var r = DbnReader.Open(new MemoryStream(ms.ToArray()), "typed");
        r.TryRead(out var rec).Should().BeTrue();
        ref readonly var back = ref rec.As<MboMsg>();
        (back.Hd.Length, back.Hd.InstrumentId, back.OrderId, back.Price, (char)back.Action, back.Flags).Should().Be(((byte)14, 99u, 7UL, long.MaxValue, 'R', (byte)40));
    }
}
