using System.Text.Json.Nodes;
using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public sealed class DbnCommandTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("dbn-cli");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => SharedData.DataPath("dbn", name);

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [SharedDataTheory]
    [InlineData("test_data.mbo.v3.dbn.zst")]
    [InlineData("test_data.mbp-10.v1.dbn")]
    [InlineData("test_data.definition.v2.dbn.zst")]
    [InlineData("test_data.cbbo-1s.dbn")]
    public void Dump_prints_every_field_of_every_record_as_the_golden_decode(string file)
    {
        var (code, stdout, stderr) = CliRunner.Run("dbn", "dump", Fixture(file), "--json", "--metadata");
        (code, stderr).Should().Be((0, ""));
        var expected = File.ReadAllLines(Fixture(Path.Combine("expected-json", file + ".jsonl")));
        var actual = Lines(stdout);
        actual.Should().HaveCount(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = JsonNode.Parse(expected[i])!.AsObject();
            var target = i == 0 ? e["metadata"]!.AsObject() : e;
            foreach (var debugKey in new[] { "_struct", "_offset", "_used_bytes" })
            {
                target.Remove(debugKey);
            }

            JsonNode.DeepEquals(e, JsonNode.Parse(actual[i])).Should().BeTrue($"line {i + 1}: {actual[i]}");
        }
    }

    [SharedDataFact]
    public void Dump_limit_and_upgrade()
    {
        var (code, stdout, _) = CliRunner.Run("dbn", "dump", Fixture("test_data.definition.v1.dbn"), "--limit", "1", "--upgrade");
        code.Should().Be(0);
        var lines = Lines(stdout);
        lines.Should().ContainSingle();
        var rec = JsonNode.Parse(lines[0])!;
        rec["hd"]!["length"]!.GetValue<int>().Should().Be(130, "upgraded to the 520-byte v3 definition");
        rec["leg_side"]!.GetValue<string>().Should().Be("N");
        rec["raw_symbol"]!.GetValue<string>().Should().Be("MSFT");
    }

    [SharedDataFact]
    public void Fragments_need_the_fragment_flag_and_take_the_version_from_the_name()
    {
        var frag = Fixture("test_data.definition.v1.dbn.frag");
        var (code, _, stderr) = CliRunner.Run("dbn", "dump", frag);
        code.Should().Be(2);
        stderr.Should().StartWith($"nqstream: {frag}: offset 0: not a DBN stream");

        var ok = CliRunner.Run("dbn", "dump", frag, "--fragment");
        ok.Code.Should().Be(0);
        Lines(ok.Out).Select(l => JsonNode.Parse(l)!["raw_symbol"]!.GetValue<string>()).Should().Equal("GEM3 P9812", "ESH1 P2250");
        CliRunner.Run("dbn", "dump", frag, "--fragment", "--dbn-version", "7").Err.Should().Be("nqstream: --dbn-version 7 is not supported (expected 1, 2 or 3)" + Environment.NewLine);
    }

    [SharedDataFact]
    public void Bad_input_is_one_line_with_file_offset_and_problem_and_exit_2()
    {
        var dbz = Fixture("test_data.mbo.dbz");
        var (code, stdout, stderr) = CliRunner.Run("dbn", "dump", dbz);
        (code, stdout).Should().Be((2, ""));
        Lines(stderr).Should().ContainSingle().Which.Should().Be($"nqstream: {dbz}: offset 0: legacy DBZ file (pre-DBN format, 'version 0') is not supported; convert it to DBN with Databento's dbn CLI");

        var truncated = Path.Combine(_dir, "cut.dbn");
        File.WriteAllBytes(truncated, File.ReadAllBytes(Fixture("test_data.mbo.v3.dbn"))[..^20]);
        var cut = CliRunner.Run("dbn", "info", truncated);
        cut.Code.Should().Be(2);
        cut.Err.Trim().Should().Be($"nqstream: {truncated}: offset 416: truncated record: rtype 0xA0 declares 56 bytes, the stream ends after 36");
        CliRunner.Run("dbn", "check", Path.Combine(_dir, "missing.dbn")).Err.Trim().Should().EndWith("missing.dbn: offset 0: file not found");
    }

    [SharedDataFact]
    public void Info_reports_header_time_range_and_counts()
    {
        var (code, stdout, _) = CliRunner.Run("dbn", "info", Fixture("test_data.mbo.v1.dbn.zst"), "--json");
        code.Should().Be(0);
        var j = JsonNode.Parse(stdout)!;
        j["version"]!.GetValue<int>().Should().Be(1);
        j["compressed"]!.GetValue<bool>().Should().BeTrue();
        (j["dataset"]!.GetValue<string>(), j["schema"]!.GetValue<string>(), j["stype_in"]!.GetValue<string>()).Should().Be(("GLBX.MDP3", "mbo", "raw_symbol"));
        j["first_ts_event"]!.GetValue<ulong>().Should().Be(1609160400000429831UL);
        j["last_ts_event"]!.GetValue<ulong>().Should().Be(1609160400000431665UL);
        j["records_by_type"]!["MBO"]!.GetValue<long>().Should().Be(2);
        j["symbols"]!.AsArray().Select(s => s!.GetValue<string>()).Should().Equal("ESH1");

        var table = CliRunner.Run("dbn", "info", Fixture("test_data.mbo.v1.dbn.zst"));
        table.Out.Should().Contain("GLBX.MDP3").And.Contain("2020-12-28T13:00:00.000429831Z").And.Contain("MBO");
    }

    [Fact]
    public void Check_counts_gaps_regressions_and_unknown_types()
    {
        var path = Path.Combine(_dir, "quality.dbn");
        using (var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = 0 }))
        {
            // instrument 1: seq 10, 10 (same event), 11, 15 (gap of 3), 14 (backwards); ts 100,100,200,150(back),300
            (uint Id, uint Seq, ulong Ts, ulong Recv)[] rows =
            [
                (1, 10, 100, 110), (1, 10, 100, 110), (1, 11, 200, 210), (1, 15, 150, 90), (1, 14, 300, 310),
                (2, 5, 100, 105), (2, 6, 110, 115),
            ];
            ulong orderId = 0;
            foreach (var r in rows)
            {
                var m = new MboMsg { OrderId = ++orderId, Sequence = r.Seq, TsRecv = r.Recv, Action = (byte)'A', Side = (byte)'B', Size = 1, Price = 1, Flags = Flags.Last };
                m.Hd.RType = RType.Mbo;
                m.Hd.InstrumentId = r.Id;
                m.Hd.TsEvent = r.Ts;
                w.Write(in m);
            }

            var unknown = new byte[24];
            (unknown[0], unknown[1]) = (6, 0x99);
            w.WriteRaw(unknown);
        }

        var (code, stdout, _) = CliRunner.Run("dbn", "check", path, "--json");
        code.Should().Be(0);
        var t = JsonNode.Parse(stdout)!["totals"]!;
        (t["records"]!.GetValue<long>(), t["sequence_gaps"]!.GetValue<long>(), t["missing_sequences"]!.GetValue<long>(),
            t["sequence_backwards"]!.GetValue<long>(), t["ts_event_backwards"]!.GetValue<long>(),
            t["ts_recv_before_ts_event"]!.GetValue<long>(), t["unknown_records"]!.GetValue<long>())
            .Should().Be((8L, 1L, 3L, 1L, 1L, 1L, 1L));
        var inst = JsonNode.Parse(stdout)!["instruments"]!.AsArray();
        inst.Should().ContainSingle().Which!["instrument_id"]!.GetValue<uint>().Should().Be(1);

        var human = CliRunner.Run("dbn", "check", path);
        human.Out.Should().Contain("sequence gaps").And.Contain("0x99");
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var (code, stdout, _) = CliRunner.Run("--help");
        code.Should().Be(0);
        stdout.Should().Contain("dbn").And.Contain("config");
        CliRunner.Run("dbn", "--help").Out.Should().Contain("dump").And.Contain("info").And.Contain("check");
    }

    [Fact]
    public void Unknown_arguments_exit_2_with_usage_hint()
    {
        var (code, _, stderr) = CliRunner.Run("dbn", "dump");
        code.Should().Be(2);
        stderr.Should().Contain("Run 'nqstream --help' for usage.");
    }
}
