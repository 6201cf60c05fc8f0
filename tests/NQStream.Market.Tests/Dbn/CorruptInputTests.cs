using System.Buffers.Binary;
using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>Every kind of bad input gives one located error (file, offset, problem) — no crash, no hang.</summary>
public sealed class CorruptInputTests : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("dbn-corrupt");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string ReadAllError(string path, DbnReaderOptions? options = null)
    {
        var ex = Assert.Throws<DbnFormatException>(() =>
        {
            using var r = DbnReader.Open(path, options);
            while (r.TryRead(out _))
            {
            }
        });
        ex.Message.Should().StartWith(path + ": offset ");
        ex.Message.Should().NotContain("\n");
        return ex.Problem;
    }

    /// <summary>A valid v3 MBO file built with our writer: header + 3 records.</summary>
    private static byte[] ValidMbo(int records = 3)
    {
        using var ms = new MemoryStream();
        using (var w = new DbnWriter(ms, new DbnMetadata { Dataset = "GLBX.MDP3", Schema = (ushort)Schema.Mbo, StypeIn = 1 }, zstd: false))
        {
            for (var i = 0; i < records; i++)
            {
                var m = new MboMsg { OrderId = (ulong)i + 1, Price = 21_000_000_000_000, Size = 1, Action = (byte)'A', Side = (byte)'B', Flags = Flags.Last };
                m.Hd.RType = RType.Mbo;
                m.Hd.PublisherId = 1;
                m.Hd.InstrumentId = 42;
                w.Write(in m);
            }
        }

        return ms.ToArray();
    }

    private static int FirstRecordOffset(byte[] file) => 8 + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));

    [Fact]
    public void Empty_file() =>
        ReadAllError(Write("empty.dbn", [])).Should().Be("empty file (expected a DBN header: 'DBN' + version, or a zstd frame)");

    [Fact]
    public void Wrong_magic() =>
        ReadAllError(Write("magic.dbn", "PK\u0003\u0004 not dbn at all"u8.ToArray()))
            .Should().Be("not a DBN stream: starts with 50 4B 03 04 (expected 'DBN' 44 42 4E, or zstd 28 B5 2F FD)");

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(200)]
    public void Unsupported_version(byte version)
    {
        var file = ValidMbo();
        file[3] = version;
        ReadAllError(Write("ver.dbn", file)).Should().Be($"unsupported DBN version {version} (this reader supports 1-3)");
    }

    [Fact]
    public void Truncated_prelude() =>
        ReadAllError(Write("prelude.dbn", ValidMbo()[..5])).Should().Be("truncated header: 5 bytes, expected the 8-byte prelude ('DBN', version, length)");

    [Fact]
    public void Truncated_metadata()
    {
        var file = ValidMbo();
        ReadAllError(Write("meta.dbn", file[..60])).Should().StartWith("truncated metadata: declared ");
    }

    [Fact]
    public void Metadata_length_below_minimum()
    {
        var file = ValidMbo();
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), 12);
        ReadAllError(Write("short.dbn", file)).Should().Be("metadata length 12 is below the minimum of 100");
    }

    [Fact]
    public void Metadata_symbol_count_past_the_end()
    {
        var file = ValidMbo();
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(8 + 104), 1_000_000);
        ReadAllError(Write("count.dbn", file)).Should().StartWith("symbols count 1000000 does not fit in the remaining");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Impossible_length_byte(byte length)
    {
        var file = ValidMbo();
        var at = FirstRecordOffset(file) + 56;
        file[at] = length;
        var path = Write("len.dbn", file);
        var ex = Assert.Throws<DbnFormatException>(() =>
        {
            using var r = DbnReader.Open(path);
            r.TryRead(out _).Should().BeTrue("the first record is intact");
            r.TryRead(out _);
        });
        ex.Offset.Should().Be(at);
        ex.Problem.Should().Be($"invalid record with impossible length: length byte {length} ({length * 4} bytes, a record needs at least 16)");
    }

    [Fact]
    public void Zero_length_with_an_unknown_rtype_is_impossible_not_an_empty_record()
    {
        // Regression (found by the mutation test): expected length 0 marks unknown rtypes.
        var file = ValidMbo();
        var at = FirstRecordOffset(file);
        (file[at], file[at + 1]) = (0, 0x77);
        ReadAllError(Write("zero.dbn", file), new DbnReaderOptions { AllowUnknownRTypes = true })
            .Should().Be("invalid record with impossible length: length byte 0 (0 bytes, a record needs at least 16)");
    }

    [Fact]
    public void Length_byte_past_the_end_of_the_file()
    {
        var file = ValidMbo(1);
        file[FirstRecordOffset(file)] = 14; // MBO length, but cut the file short
        ReadAllError(Write("past.dbn", file[..^10])).Should().Be("truncated record: rtype 0xA0 declares 56 bytes, the stream ends after 46");
    }

    [Fact]
    public void Length_that_does_not_match_the_record_type()
    {
        var file = ValidMbo();
        file[FirstRecordOffset(file)] = 13;
        ReadAllError(Write("mismatch.dbn", file)).Should().Be("record length 52 does not match MboMsg (rtype 0xA0, expected 56 bytes)");
    }

    [Fact]
    public void Truncated_record_tail()
    {
        var file = ValidMbo(2);
        ReadAllError(Write("tail.dbn", file[..^3])).Should().Be("truncated record: rtype 0xA0 declares 56 bytes, the stream ends after 53");
    }

    [Fact]
    public void Unknown_rtype_is_an_error_unless_allowed()
    {
        var file = ValidMbo(2);
        file[FirstRecordOffset(file) + 1] = 0x99;
        var path = Write("rtype.dbn", file);
        ReadAllError(path).Should().Be("unknown record type rtype=0x99 (length 56 bytes) in DBN v3");

        using var r = DbnReader.Open(path, new DbnReaderOptions { AllowUnknownRTypes = true });
        r.TryRead(out var unknown).Should().BeTrue();
        (unknown.Layout, unknown.RType, unknown.Bytes.Length).Should().Be((null, (byte)0x99, 56));
        r.TryRead(out var next).Should().BeTrue("unknown records are skipped by their length");
        next.As<MboMsg>().OrderId.Should().Be(2);
        r.TryRead(out _).Should().BeFalse();
    }

    [SharedDataFact]
    public void Corrupt_zstd_body()
    {
        var file = File.ReadAllBytes(Path.Combine(DbnFixtures.Dir, "test_data.mbo.v3.dbn.zst"));
        for (var i = 20; i < file.Length - 8; i++)
        {
            file[i] ^= 0x5A;
        }

        ReadAllError(Write("bad.dbn.zst", file)).Should().Contain("zstd");
    }

    [SharedDataFact]
    public void Truncated_zstd_stream()
    {
        var file = File.ReadAllBytes(Path.Combine(DbnFixtures.Dir, "test_data.mbo.v3.dbn.zst"));
        ReadAllError(Write("cut.dbn.zst", file[..^12])).Should().Contain("truncated");
    }

    [Fact]
    public void Fragments_are_only_read_when_asked_for()
    {
        var file = ValidMbo(2);
        var records = file[FirstRecordOffset(file)..];
        var path = Write("frag.dbn.frag", records);
        ReadAllError(path).Should().StartWith("not a DBN stream: starts with 0E A0 01 00");

        using var r = DbnReader.Open(path, new DbnReaderOptions { Fragment = true, FragmentVersion = 3 });
        r.TryRead(out var a).Should().BeTrue();
        a.As<MboMsg>().OrderId.Should().Be(1);
        r.TryRead(out _).Should().BeTrue();
        r.TryRead(out _).Should().BeFalse();
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(_dir, "nope.dbn");
        ReadAllError(path).Should().Be("file not found");
    }
}
