using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// A small mixed DBN file written with the real writer: definitions for two options, then an MBO story
/// for instrument 777 (times are <see cref="T0"/> + ns):
/// <code>
/// 1000 A 1 B 100.00 x5 | 2000 A 2 B 100.00 x3 | 3000 A 3 A 100.25 x4 | 4000 A 4 B 99.75 x10
/// 4500 (instrument 778) A 50 A 5.00 x1
/// 5000 C 1 (no F_LAST) … 6000 A 5 B 100.50 x2 (F_LAST)      — one venue event spanning two times; crossed
/// 7000 A 6 A 100.00 x1 (crossed: bid 100.50 above both asks from here on)
/// 8000 C 99 x1 (unknown order), C 2 x9 (resting 3: negative size)
/// 8500 A 5 B 100.50 x2 (duplicate add)
/// </code>
/// </summary>
internal static class BookFixture
{
    public const ulong T0 = 1_700_000_000_000_000_000; // 2023-11-14T22:13:20Z
    public const string Call = "NQZ5 C21000";

    public static string WriteStory()
    {
        var path = Path.Combine(RepoPaths.NewTempDir("nqstream-book"), "story.mbo.dbn");
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0xFFFF, Start = T0, StypeIn = 1, Symbols = [Call] });
        w.Write(Definition(777, Call));
        w.Write(Definition(778, "NQZ5 P21000"));
        w.Write(Mbo(1000, 'A', 1, 'B', 100.00m, 5));
        w.Write(Mbo(2000, 'A', 2, 'B', 100.00m, 3));
        w.Write(Mbo(3000, 'A', 3, 'A', 100.25m, 4));
        w.Write(Mbo(4000, 'A', 4, 'B', 99.75m, 10));
        w.Write(Mbo(4500, 'A', 50, 'A', 5.00m, 1, instrument: 778));
        w.Write(Mbo(5000, 'C', 1, 'B', 100.00m, 5, flags: 0));
        w.Write(Mbo(6000, 'A', 5, 'B', 100.50m, 2));
        w.Write(Mbo(7000, 'A', 6, 'A', 100.00m, 1));
        w.Write(Mbo(8000, 'C', 99, 'B', 100.00m, 1));
        w.Write(Mbo(8000, 'C', 2, 'B', 100.00m, 9));
        w.Write(Mbo(8500, 'A', 5, 'B', 100.50m, 2));
        return path;
    }

    public static string At(ulong ns) => (T0 + ns).ToString(CultureInfo.InvariantCulture);

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static InstrumentDefMsg Definition(uint id, string symbol)
    {
        var d = new InstrumentDefMsg();
        d.Hd.RType = RType.InstrumentDef;
        d.Hd.PublisherId = 1;
        d.Hd.InstrumentId = id;
        d.Hd.TsEvent = T0;
        d.TsRecv = T0;
        DbnText.Write(d.RawSymbol, symbol);
        return d;
    }

    private static MboMsg Mbo(ulong dt, char action, ulong id, char side, decimal px, uint size, byte flags = Flags.Last, uint instrument = 777) => new()
    {
        Hd = new RecordHeader { RType = RType.Mbo, PublisherId = 1, InstrumentId = instrument, TsEvent = T0 + dt },
        OrderId = id,
        Price = (long)(px * DbnConstants.FixedPriceScale),
        Size = size,
        Flags = flags,
        Action = (byte)action,
        Side = (byte)side,
        TsRecv = T0 + dt + 100,
        Sequence = (uint)(dt / 100),
    };
}
