using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Benchmarks.Dbn;

/// <summary>Builds deterministic DBN v3 MBO data shaped like CME order flow (prices near the top, mixed actions).</summary>
public static class MboFileBuilder
{
    public static DbnMetadata Metadata => new() { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Mbo, StypeIn = 1, Symbols = ["NQZ6"] };

    public static void Write(DbnWriter w, int records, int seed = 7)
    {
        var rng = new Random(seed);
        var ts = 1_763_700_000_000_000_000UL;
        ReadOnlySpan<byte> actions = "AAAACCCMMTF"u8;
        var m = new MboMsg();
        m.Hd.RType = RType.Mbo;
        m.Hd.PublisherId = 1;
        for (var i = 0; i < records; i++)
        {
            ts += (ulong)rng.Next(50, 5_000);
            m.Hd.InstrumentId = (uint)(42_000 + rng.Next(400));
            m.Hd.TsEvent = ts;
            m.TsRecv = ts + (ulong)rng.Next(1_000, 40_000);
            m.TsInDelta = rng.Next(10_000, 30_000);
            m.OrderId = (ulong)(6_000_000_000 + rng.Next(5_000_000));
            m.Price = (21_000_000_000_000L / 250_000_000L + rng.Next(-40, 40)) * 250_000_000L;
            m.Size = (uint)rng.Next(1, 20);
            m.Action = actions[rng.Next(actions.Length)];
            m.Side = rng.Next(2) == 0 ? (byte)'B' : (byte)'A';
            m.Flags = rng.Next(4) == 0 ? (byte)0 : Flags.Last;
            m.Sequence = (uint)i;
            w.Write(in m);
        }
    }

    public static byte[] InMemory(int records)
    {
        using var ms = new MemoryStream(records * 56 + 512);
        using (var w = new DbnWriter(ms, Metadata, zstd: false))
        {
            Write(w, records);
        }

        return ms.ToArray();
    }

    public static string ZstdFile(int records)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nqstream-bench-mbo-{records}.dbn.zst");
        if (!File.Exists(path))
        {
            var tmp = path + ".tmp";
            using (var w = new DbnWriter(File.Create(tmp), Metadata, zstd: true))
            {
                Write(w, records);
            }

            File.Move(tmp, path, overwrite: true);
        }

        return path;
    }
}
