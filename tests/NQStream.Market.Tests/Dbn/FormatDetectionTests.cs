using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>DBZ rejection, fragments, multi-frame zstd, and upgrades equal to the native v3 files.</summary>
public sealed class FormatDetectionTests
{
    [SharedDataTheory]
    [MemberData(nameof(DbnFixtures.DbzFiles), MemberType = typeof(DbnFixtures))]
    public void Legacy_dbz_is_rejected_with_a_clear_message(string file)
    {
        var path = Path.Combine(DbnFixtures.Dir, file);
        var act = () => DbnReader.Open(path);
        act.Should().Throw<DbnFormatException>()
            .Which.Message.Should().Be($"{path}: offset 0: legacy DBZ file (pre-DBN format, 'version 0') is not supported; convert it to DBN with Databento's dbn CLI");
    }

    [SharedDataFact]
    public void Multi_frame_fragment_yields_eight_v1_definitions_native_and_upgraded()
    {
        foreach (var upgrade in new[] { false, true })
        {
            using var r = DbnFixtures.Open("multi-frame.definition.v1.dbn.frag.zst", upgrade);
            r.Metadata.Should().BeNull();
            var symbols = new List<string>();
            while (r.TryRead(out var rec))
            {
                rec.Bytes.Length.Should().Be(upgrade ? 520 : 360);
                if (upgrade)
                {
                    symbols.Add(rec.As<InstrumentDefMsg>().RawSymbolText());
                }
            }

            r.RecordCount.Should().Be(8);
            if (upgrade)
            {
                symbols.Should().Equal("GEM3 P9812", "ESH1 P2250", "EX2F1 P3620", "E2AF1 P3680", "OGF1 P2020", "1EUF1 C1230", "OZSN1 C1320", "LNEH1 C3400");
            }
        }
    }

    [SharedDataFact]
    public void Cme_option_definition_fields_are_read_from_the_fragment()
    {
        using var r = DbnFixtures.Open("test_data.definition.v3.dbn.frag");
        r.TryRead(out var first).Should().BeTrue();
        r.TryRead(out var rec).Should().BeTrue();
        ref readonly var d = ref rec.As<InstrumentDefMsg>();
        (d.Hd.InstrumentId, d.RawSymbolText(), (char)d.InstrumentClass, d.StrikePrice, d.Expiration, d.UnderlyingId, d.UnderlyingText(), d.UnitOfMeasureQty)
            .Should().Be((688141u, "ESH1 P2250", 'P', 2250000000000L, 1616160600000000000UL, 5482u, "ESH1", 50000000000L));
        DbnText.Read(d.SecurityType).Should().Be("OOF");
    }

    [SharedDataTheory]
    [InlineData("definition")]
    [InlineData("statistics")]
    [InlineData("mbo")]
    [InlineData("imbalance")]
    [InlineData("cbbo-1s")]
    public void Upgraded_v1_and_v2_records_equal_the_native_v3_file(string schema)
    {
        var v3 = Records($"test_data.{schema}.v3.dbn.zst");
        foreach (var older in new[] { $"test_data.{schema}.v1.dbn.zst", $"test_data.{schema}.v2.dbn.zst" })
        {
            if (!File.Exists(Path.Combine(DbnFixtures.Dir, older)))
            {
                continue;
            }

            var upgraded = Records(older);
            upgraded.Should().HaveCount(v3.Count);
            for (var i = 0; i < v3.Count; i++)
            {
                upgraded[i].Should().Equal(v3[i], $"record {i} of {older} upgraded to v3");
            }
        }
    }

    [SharedDataFact]
    public void Upgraded_metadata_reports_version_3_and_71_byte_symbols()
    {
        using var r = DbnFixtures.Open("test_data.definition.v1.dbn.zst");
        (r.Version, r.Metadata!.Version, r.Metadata.SymbolCstrLen).Should().Be(((byte)1, (byte)3, 71));
        using var native = DbnFixtures.Open("test_data.definition.v1.dbn.zst", upgrade: false);
        (native.Metadata!.Version, native.Metadata.SymbolCstrLen).Should().Be(((byte)1, 22));
    }

    private static List<byte[]> Records(string file)
    {
        using var r = DbnFixtures.Open(file);
        var list = new List<byte[]>();
        while (r.TryRead(out var rec))
        {
            list.Add(rec.Bytes.ToArray());
        }

        return list;
    }
}
