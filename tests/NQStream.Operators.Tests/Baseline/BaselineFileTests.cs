using System.Buffers.Binary;
using FluentAssertions;
using NQStream.Operators.Baseline;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

public sealed class BaselineFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "nqbl-" + Guid.NewGuid().ToString("N") + ".bin");

    private static byte[] SampleBytes() => BaselineFile.ToBytes(BaselineBuilderTests.Sample().Build());

    [Fact]
    public void Layout_is_header_days_entries_and_checksum()
    {
        var bytes = SampleBytes();
        // 16 header + day1 (16 + 2 cells × 14) + day2 (16 + 1 × 14) + 8 checksum
        bytes.Length.Should().Be(16 + 16 + 28 + 16 + 14 + 8);
        bytes.AsSpan(0, 4).ToArray().Should().Equal("NQBL"u8.ToArray());
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4)).Should().Be(1);
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)).Should().Be(6_900);
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)).Should().Be(2);
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16)).Should().Be(new DateOnly(2026, 11, 10).DayNumber);
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(32)).Should().Be((ushort)Cell31.Index);
        BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(34)).Should().Be(20);
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(42)).Should().Be(3);
    }

    [Fact]
    public void Round_trip_is_byte_identical_and_keeps_every_value()
    {
        var original = BaselineBuilderTests.Sample().Build();
        BaselineFile.Write(_path, original);
        var read = BaselineFile.Read(_path);
        BaselineFile.ToBytes(read).Should().Equal(File.ReadAllBytes(_path));
        read.Days.Should().HaveCount(2);
        for (var d = 0; d < 2; d++)
        {
            read.Days[d].TradeDate.Should().Be(original.Days[d].TradeDate);
            read.Days[d].CoveredBuckets.Should().Be(original.Days[d].CoveredBuckets);
            for (var c = 0; c < BaselineCell.Count; c++)
            {
                read.Days[d].Volume(c).Should().Be(original.Days[d].Volume(c));
                read.Days[d].Instruments(c).Should().Be(original.Days[d].Instruments(c));
            }
        }
    }

    [Fact]
    public void Bad_magic_names_offset_zero()
    {
        var bytes = SampleBytes();
        bytes[0] = (byte)'X';
        Parse(bytes).Should().Throw<BaselineFormatException>().WithMessage("f.bin: offset 0: magic is not 'NQBL'*");
    }

    [Fact]
    public void Unsupported_version_names_offset_four()
    {
        var bytes = SampleBytes();
        bytes[4] = 9;
        Parse(bytes).Should().Throw<BaselineFormatException>().WithMessage("f.bin: offset 4: version 9 is not supported, expected 1");
    }

    [Fact]
    public void A_flipped_volume_byte_fails_the_checksum_at_the_trailer()
    {
        var bytes = SampleBytes();
        bytes[34] ^= 0x01;
        Parse(bytes).Should().Throw<BaselineFormatException>()
            .WithMessage($"f.bin: offset {bytes.Length - 8}: checksum 0x* does not match the content*")
            .Which.Offset.Should().Be(bytes.Length - 8);
    }

    [Fact]
    public void Truncation_names_the_offset_of_the_missing_part()
    {
        var bytes = SampleBytes()[..70];                        // day 2 starts at 60; 62 bytes before the last 8
        Parse(bytes).Should().Throw<BaselineFormatException>().WithMessage("f.bin: offset 60: truncated day header: need 16 bytes, 2 left");
    }

    [Fact]
    public void Structural_errors_are_reported_before_the_checksum()
    {
        var bytes = SampleBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(46), 6_900);   // second entry's cell
        Parse(bytes).Should().Throw<BaselineFormatException>().WithMessage("f.bin: offset 46: cell 6900, expected ascending cells*");
        bytes = SampleBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(42), 0);         // n = 0 with volume 20
        Parse(bytes).Should().Throw<BaselineFormatException>().WithMessage($"f.bin: offset 34: cell {Cell31.Index}: volume 20 with 0 instruments, expected n ≥ 1 and volume ≥ n");
    }

    [Fact]
    public void Missing_file_is_reported_by_the_runtime()
    {
        var act = () => BaselineFile.Read(_path + ".missing");
        act.Should().Throw<FileNotFoundException>();
    }

    private static Action Parse(byte[] bytes) => () => BaselineFile.Parse(bytes, "f.bin");

    public void Dispose()
    {
        if (File.Exists(_path))
        {
            File.Delete(_path);
        }
    }
}
