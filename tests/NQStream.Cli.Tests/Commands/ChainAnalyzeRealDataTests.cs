using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// <c>chain analyze</c> on DBN input built from real data. The shared folder has no NQ statistics or MBO in DBN form:
/// the real NQ option definitions of 2025-06-10 (shared/data/nq-real, JSON lines) are written back as v3 definition
/// records, which exercises real symbols, underlyings and expirations; the Databento fixtures (shared/data/dbn) give
/// real statistics and MBO files without definitions.
/// </summary>
public sealed class ChainAnalyzeRealDataTests : IDisposable
{
    private const long Pt = DbnConstants.FixedPriceScale;
    private static readonly ulong June10 = (ulong)new DateTimeOffset(2025, 6, 10, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("nqchain-real-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record RealOption(uint Id, string Symbol, char Type, long Strike, DateTimeOffset Expiration)
    {
        public string Future => Symbol[..Symbol.IndexOf(' ', StringComparison.Ordinal)];
    }

    private static List<RealOption> ReadReal()
    {
        var path = SharedData.DataPath("nq-real", "nq-option-definitions-2025-06-10.jsonl");
        return File.ReadLines(path).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            return new RealOption(r.GetProperty("instrument_id").GetUInt32(), r.GetProperty("raw_symbol").GetString()!,
                r.GetProperty("instrument_class").GetString()![0], r.GetProperty("strike_price").GetInt64(),
                DateTimeOffset.Parse(r.GetProperty("expiration").GetString()!, CultureInfo.InvariantCulture));
        }).ToList();
    }

    private string WriteDefinitions(List<RealOption> options)
    {
        var path = Path.Combine(_dir, "nq-definitions-2025-06-10.dbn.zst");
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Definition });
        ulong ts = June10;
        foreach (var o in options)
        {
            var d = new InstrumentDefMsg
            {
                Hd = new RecordHeader { Length = 130, RType = RType.InstrumentDef, PublisherId = 1, InstrumentId = o.Id, TsEvent = ts },
                TsRecv = ts + 10,
                MinPriceIncrement = DbnConstants.UndefPrice,
                DisplayFactor = Pt,
                Expiration = (ulong)(o.Expiration - DateTimeOffset.UnixEpoch).Ticks * 100,
                Activation = DbnConstants.UndefTimestamp,
                StrikePrice = o.Strike * Pt,
                ContractMultiplier = int.MaxValue,
                UnitOfMeasureQty = DbnConstants.UndefPrice,
                InstrumentClass = (byte)o.Type,
                SecurityUpdateAction = (byte)'A',
            };
            DbnText.Write(d.RawSymbol, o.Symbol);
            DbnText.Write(d.Underlying, o.Future);
            DbnText.Write(d.Asset, "NQ");
            DbnText.Write(d.SecurityType, "OOF");
            DbnText.Write(d.UnitOfMeasure, "IPNT");
            w.Write(in d);
            ts += 1_000;
        }

        return path;
    }

    [SharedDataFact]
    public void Real_nq_definitions_give_the_chain_of_each_future_and_its_expiries_in_central_time()
    {
        var real = ReadReal();
        var defs = WriteDefinitions(real);
        var futures = real.GroupBy(o => o.Future).OrderBy(g => g.Min(o => o.Expiration)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        futures.Should().HaveCount(8).And.StartWith("NQM5");

        var (code, _, stderr) = CliRunner.Run("chain", "analyze", defs, "--future", "NQM9");
        (code, stderr.Trim()).Should().Be((CliApp.ExitBadInput, $"nqstream: --future NQM9: no options on that future (futures with options: {string.Join(", ", futures)})"));

        // No statistics and no MBO: nothing chooses between the futures, so the nearest one (NQM5) is taken; F must be given.
        var m5 = real.Where(o => o.Future == "NQM5").ToList();
        (code, var stdout, stderr) = CliRunner.Run("chain", "analyze", defs, "--underlying", "21900", "--expiry", "2025-06-20");
        (code, stderr).Should().Be((CliApp.ExitOk, string.Empty));
        stdout.Should().StartWith($"NQM5 options replayed from {defs}: {m5.Count(o => o.Type == 'C')} calls, {m5.Count(o => o.Type == 'P')} puts")
            .And.Contain("note: no MBO or trade records: volumes unknown, no volume/OI spikes");

        // The June quarterly expires 13:30 UTC = 08:30 CDT on the 20th: the 19th matches nothing.
        (code, _, stderr) = CliRunner.Run("chain", "analyze", defs, "--underlying", "21900", "--expiry", "2025-06-19");
        code.Should().Be(CliApp.ExitBadInput);
        stderr.Trim().Should().StartWith("nqstream: --expiry 2025-06-19: no live expiry matches at ")
            .And.Contain("(live expiries: 2025-06-20 08:30 CT, 2025-09-19 08:30 CT, 2025-12-19 08:30 CT, 2026-03-20 08:30 CT,");
    }

    [SharedDataFact]
    public void Real_statistics_and_mbo_files_without_definitions_are_a_one_line_error()
    {
        var stats = SharedData.DataPath("dbn", "test_data.statistics.v3.dbn.zst");
        var mbo = SharedData.DataPath("dbn", "test_data.mbo.v3.dbn.zst");

        var (code, stdout, stderr) = CliRunner.Run("chain", "analyze", stats, mbo);

        (code, stdout).Should().Be((CliApp.ExitBadInput, string.Empty));
        stderr.Trim().Should().Be($"nqstream: {stats}, {mbo}: no option definitions (0 definition records): give the definition file with the statistics and MBO files");
    }
}
