using System.Text.Json;
using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Sessions;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream chain show</c> on definition and statistics files written with DbnWriter, and on the vendor fixtures.</summary>
public sealed class ChainShowCommandTests : IDisposable
{
    private const long Pt = DbnConstants.FixedPriceScale;
    private static readonly long U5 = CentralTime.ToUnixNs(new DateOnly(2025, 9, 19), new TimeOnly(8, 30));
    private static readonly long Weekly = CentralTime.ToUnixNs(new DateOnly(2025, 9, 12), new TimeOnly(15, 0));
    private readonly string _dir = Directory.CreateTempSubdirectory("nqstream-chain-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Definitions()
    {
        var path = Path.Combine(_dir, "defs.dbn");
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Definition });
        foreach (var d in new[]
        {
            Def(101, "NQU5 C21010", 'C', 21_010, U5, "NQU5"),
            Def(102, "NQU5 P21000", 'P', 21_000, U5, "NQU5"),
            Def(103, "NQU5 C21000", 'C', 21_000, U5, "NQU5"),
            Def(201, "QN2U5 P21000", 'P', 21_000, Weekly, "NQU5"),
            Def(7, "NQU5", 'F', 0, U5, ""),
        })
        {
            w.Write(in d);
        }

        return path;
    }

    private string Statistics()
    {
        var path = Path.Combine(_dir, "stats.dbn.zst");
        var tsRef = (ulong)new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;
        using var w = DbnWriter.Create(path, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Statistics });
        foreach (var s in new[]
        {
            Stat(103, 9, DbnConstants.UndefPrice, 1500, 0, tsRef),
            Stat(103, 3, 412_250_000_000, DbnConstants.UndefStatQuantity, 1, tsRef),
            Stat(102, 9, DbnConstants.UndefPrice, 800, 0, tsRef),
            Stat(102, 3, 390_500_000_000, DbnConstants.UndefStatQuantity, 0, tsRef),
        })
        {
            w.Write(in s);
        }

        return path;
    }

    [Fact]
    public void Table_lists_each_expiry_with_ids_oi_and_settlements()
    {
        var (code, output, err) = CliRunner.Run("chain", "show", Definitions(), Statistics());
        err.Should().BeEmpty();
        code.Should().Be(0);
        output.Should().Contain("5 instruments, 4 options on 1 underlyings; 5 definitions, 4 statistics, 0 symbol mappings");
        output.Should().Contain("NQU5 (id 7) · root QN2 · weekly · expires 2025-09-12 15:00 CT · 1 strikes");
        output.Should().Contain("NQU5 (id 7) · root NQ · quarterly · expires 2025-09-19 08:30 CT · 2 strikes");
        output.IndexOf("root QN2", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("root NQ ·", StringComparison.Ordinal));
        var rows = output.Split('\n').Where(l => l.Contains('│', StringComparison.Ordinal) && !l.Contains("strike", StringComparison.Ordinal))
            .Select(l => string.Join(' ', l.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
        rows.Should().Equal("21000 - - - 201 - -", "21000 103 1500 412.25 102 800 390.5 (prelim)", "21010 101 - - - - -");
    }

    [Fact]
    public void Json_filters_by_underlying_and_expiry()
    {
        var (code, output, _) = CliRunner.Run("chain", "show", Definitions(), Statistics(), "--underlying", "NQU5", "--expiry", "2025-09-19", "--json");
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("options").GetInt32().Should().Be(4);
        var u = root.GetProperty("underlyings").EnumerateArray().Single();
        (u.GetProperty("symbol").GetString(), u.GetProperty("instrument_id").GetUInt32(), u.GetProperty("resolved_from").GetString())
            .Should().Be(("NQU5", 7u, "future_definition"));
        var e = u.GetProperty("expiries").EnumerateArray().Single();
        (e.GetProperty("root").GetString(), e.GetProperty("expiry_class").GetString(), e.GetProperty("expiration").GetInt64(), e.GetProperty("expiration_ct").GetString())
            .Should().Be(("NQ", "quarterly", U5, "2025-09-19T08:30:00"));
        var strikes = e.GetProperty("strikes").EnumerateArray().ToList();
        strikes.Select(s => s.GetProperty("strike").GetDouble()).Should().Equal(21000.0, 21010.0);
        var call = strikes[0].GetProperty("call");
        (call.GetProperty("id").GetUInt32(), call.GetProperty("open_interest").GetInt64(), call.GetProperty("open_interest_date").GetString(),
            call.GetProperty("settlement").GetDouble(), call.GetProperty("settlement_final").GetBoolean())
            .Should().Be((103u, 1500L, "2025-09-02", 412.25, true));
        strikes[1].GetProperty("put").ValueKind.Should().Be(JsonValueKind.Null);
        strikes[1].GetProperty("call").GetProperty("open_interest").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [SharedDataFact]
    public void Vendor_fragment_shows_the_es_put_on_esh1()
    {
        var file = SharedData.DataPath("dbn", "test_data.definition.v1.dbn.frag");
        var (code, output, err) = CliRunner.Run("chain", "show", file, "--fragment", "--underlying", "ESH1", "--json");
        err.Should().BeEmpty();
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var u = doc.RootElement.GetProperty("underlyings").EnumerateArray().Single();
        (u.GetProperty("instrument_id").GetUInt32(), u.GetProperty("resolved_from").GetString()).Should().Be((5482u, "definition_field"));
        var e = u.GetProperty("expiries").EnumerateArray().Single();
        (e.GetProperty("root").GetString(), e.GetProperty("expiration_ct").GetString()).Should().Be(("ES", "2021-03-19T08:30:00"));
        var strike = e.GetProperty("strikes").EnumerateArray().Single();
        strike.GetProperty("strike").GetDouble().Should().Be(2250.0);
        strike.GetProperty("put").GetProperty("raw_symbol").GetString().Should().Be("ESH1 P2250");
    }

    [Theory]
    [InlineData("--underlying", "NQZ5", "no options on underlying 'NQZ5' (underlyings: NQU5)")]
    [InlineData("--expiry", "2025-09-20", "no expiry on 2025-09-20 (expiries: 2025-09-12, 2025-09-19)")]
    [InlineData("--expiry", "19/09/2025", "--expiry '19/09/2025' is not a date (expected YYYY-MM-DD)")]
    public void Bad_selection_is_a_one_line_error(string option, string value, string message)
    {
        var (code, output, err) = CliRunner.Run("chain", "show", Definitions(), option, value);
        code.Should().Be(2);
        output.Should().BeEmpty();
        err.Trim().Should().Be("nqstream: " + message);
    }

    [Fact]
    public void Files_without_options_or_missing_files_are_bad_input()
    {
        var stats = Statistics();
        var (code, _, err) = CliRunner.Run("chain", "show", stats);
        code.Should().Be(2);
        err.Trim().Should().Be($"nqstream: {stats}: no option definitions found (0 definition records)");

        var missing = Path.Combine(_dir, "absent.dbn");
        (code, _, err) = CliRunner.Run("chain", "show", missing);
        code.Should().Be(2);
        err.Trim().Should().Be($"nqstream: {missing}: offset 0: file not found");
    }

    private static InstrumentDefMsg Def(uint id, string raw, char cls, long strike, long expiration, string underlying)
    {
        var d = new InstrumentDefMsg
        {
            Hd = new RecordHeader { Length = 130, RType = RType.InstrumentDef, PublisherId = 1, InstrumentId = id, TsEvent = 1 },
            MinPriceIncrement = cls == 'F' ? Pt / 4 : DbnConstants.UndefPrice,
            Expiration = (ulong)expiration,
            Activation = DbnConstants.UndefTimestamp,
            StrikePrice = cls == 'F' ? DbnConstants.UndefPrice : strike * Pt,
            UnitOfMeasureQty = 20 * Pt,
            InstrumentClass = (byte)cls,
            SecurityUpdateAction = (byte)'A',
        };
        DbnText.Write(d.RawSymbol, raw);
        DbnText.Write(d.Underlying, underlying);
        DbnText.Write(d.UnitOfMeasure, "IPNT");
        DbnText.Write(d.SecurityType, cls == 'F' ? "FUT" : "OOF");
        return d;
    }

    private static StatMsg Stat(uint id, ushort type, long price, long quantity, byte flags, ulong tsRef) => new()
    {
        Hd = new RecordHeader { Length = 20, RType = RType.Statistics, PublisherId = 1, InstrumentId = id, TsEvent = 2 },
        TsRef = tsRef,
        Price = price,
        Quantity = quantity,
        StatType = type,
        UpdateAction = 1,
        StatFlags = flags,
    };
}
