using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Benchmarks.Sinks;

/// <summary>
/// ILP encoding of windows rows (2 symbols, 4 integers, 5 doubles, designated timestamp):
/// <list type="bullet">
/// <item><c>NaiveStringBuilder</c> (baseline peer): the common hand-rolled encoder — StringBuilder, invariant
/// number formatting, string.Replace escaping, then Encoding.UTF8.GetBytes per batch.</item>
/// <item><c>IlpBufferDirect</c>: <see cref="IlpBuffer"/> with pre-validated <see cref="IlpName"/>s, UTF-8 written in place.</item>
/// <item><c>IlpRowWriterSinkRows</c>: the sender's real path, <see cref="IlpRowWriter"/> over prebuilt <see cref="WindowRow"/>s
/// (<c>…V2</c>: the same in protocol 2, binary doubles).</item>
/// </list>
/// Goal: ≥ 5 M rows/s in both protocol versions and 0 B allocated per row on the NQStream paths. The official
/// Node.js client's rate on the same rows is measured by <see cref="IlpNodePeerHarness"/> (<c>-- ilp-node-peer</c>).
/// </summary>
[MemoryDiagnoser]
public class IlpEncodeBenchmark
{
    private const int Rows = 10_000;
    private readonly IlpBuffer _buffer = new(IlpProtocolVersion.V1, initialSize: 4 * 1024 * 1024);
    private readonly IlpBuffer _bufferV2 = new(IlpProtocolVersion.V2, initialSize: 4 * 1024 * 1024);
    private readonly StringBuilder _sb = new(4 * 1024 * 1024);
    private WindowRow[] _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(11);
        _rows = new WindowRow[Rows];
        for (int i = 0; i < Rows; i++)
        {
            _rows[i] = new WindowRow
            {
                Ts = 1_763_735_400_000_000_000 + (i * 1_000_000L),
                InstrumentId = 42_000 + rng.Next(400),
                RawSymbol = "NQZ5 C2" + rng.Next(1000, 2000).ToString(CultureInfo.InvariantCulture),
                Window = "1m",
                Pressure = Math.Round(rng.NextDouble() - 0.5, 4),
                Ofi = rng.Next(-500, 500),
                Volume = rng.Next(1, 5000),
                BuyVolume = rng.Next(1, 2500),
                SellVolume = rng.Next(1, 2500),
                VolumeRatio = Math.Round(rng.NextDouble() * 6, 3),
                Z = Math.Round((rng.NextDouble() - 0.5) * 8, 3),
            };
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int NaiveStringBuilder()
    {
        var sb = _sb.Clear();
        var ci = CultureInfo.InvariantCulture;
        foreach (var r in _rows)
        {
            sb.Append("windows,raw_symbol=").Append(Tag(r.RawSymbol)).Append(",window_len=").Append(Tag(r.Window))
              .Append(" instrument_id=").Append(r.InstrumentId.ToString(ci)).Append('i')
              .Append(",pressure=").Append(r.Pressure.ToString(ci)).Append(",ofi=").Append(r.Ofi.ToString(ci))
              .Append(",volume=").Append(r.Volume.ToString(ci)).Append('i')
              .Append(",buy_volume=").Append(r.BuyVolume.ToString(ci)).Append('i')
              .Append(",sell_volume=").Append(r.SellVolume.ToString(ci)).Append('i')
              .Append(",volume_ratio=").Append(r.VolumeRatio.ToString(ci)).Append(",z=").Append(r.Z.ToString(ci))
              .Append(' ').Append(r.Ts.ToString(ci)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString()).Length;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int IlpBufferDirect()
    {
        var b = _buffer;
        b.Clear();
        var c = StoreSchema.Windows.Columns;
        var table = StoreSchema.Windows.IlpName;
        foreach (var r in _rows)
        {
            b.Table(table).Symbol(c[1].IlpName, r.RawSymbol).Symbol(c[2].IlpName, r.Window)
                .IntColumn(c[3].IlpName, r.InstrumentId).FloatColumn(c[4].IlpName, r.Pressure).FloatColumn(c[5].IlpName, r.Ofi)
                .IntColumn(c[6].IlpName, r.Volume).IntColumn(c[7].IlpName, r.BuyVolume).IntColumn(c[8].IlpName, r.SellVolume)
                .FloatColumn(c[9].IlpName, r.VolumeRatio).FloatColumn(c[10].IlpName, r.Z).At(r.Ts);
        }

        return b.Length;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int IlpRowWriterSinkRows()
    {
        var b = _buffer;
        b.Clear();
        foreach (var r in _rows)
        {
            IlpRowWriter.Append(b, r);
        }

        return b.Length;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int IlpRowWriterSinkRowsV2()
    {
        var b = _bufferV2;
        b.Clear();
        foreach (var r in _rows)
        {
            IlpRowWriter.Append(b, r);
        }

        return b.Length;
    }

    internal byte[] NaiveBytes()
    {
        NaiveStringBuilder();
        return Encoding.UTF8.GetBytes(_sb.ToString());
    }

    internal byte[] IlpV1Bytes()
    {
        IlpRowWriterSinkRows();
        return _buffer.WrittenSpan.ToArray();
    }

    internal byte[] IlpV2Bytes()
    {
        IlpRowWriterSinkRowsV2();
        return _bufferV2.WrittenSpan.ToArray();
    }

    internal IReadOnlyList<WindowRow> BenchmarkRows => _rows;

    private static string Tag(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(" ", "\\ ", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal);
}
