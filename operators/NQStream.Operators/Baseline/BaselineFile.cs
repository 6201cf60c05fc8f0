using System.Buffers.Binary;

namespace NQStream.Operators.Baseline;

/// <summary>
/// Deterministic binary baseline file (little-endian). Header: magic <c>NQBL</c>, u16 version (1), u16 0,
/// i32 cell count (6,900), i32 day count. Per day, ascending by date: i32 <see cref="DateOnly.DayNumber"/>,
/// u64 covered ToD buckets, i32 entry count, then entries ascending by cell: u16 cell, i64 V, i32 n (only
/// cells with trades). Trailer: u64 FNV-1a of every preceding byte. Same history → same bytes.
/// </summary>
public static class BaselineFile
{
    /// <summary>Format version written and accepted.</summary>
    public const ushort Version = 1;

    private const int HeaderSize = 16;
    private const int DayHeaderSize = 16;
    private const int EntrySize = 14;
    private static ReadOnlySpan<byte> Magic => "NQBL"u8;

    /// <summary>Serializes <paramref name="history"/>.</summary>
    public static byte[] ToBytes(BaselineHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var size = HeaderSize + 8;
        foreach (var day in history.Days)
        {
            size += DayHeaderSize + (EntrySize * day.NonEmptyCells());
        }

        var bytes = new byte[size];
        var s = bytes.AsSpan();
        Magic.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(s[8..], BaselineCell.Count);
        BinaryPrimitives.WriteInt32LittleEndian(s[12..], history.Days.Count);
        var at = HeaderSize;
        foreach (var day in history.Days)
        {
            BinaryPrimitives.WriteInt32LittleEndian(s[at..], day.TradeDate.DayNumber);
            BinaryPrimitives.WriteUInt64LittleEndian(s[(at + 4)..], day.CoveredBuckets);
            BinaryPrimitives.WriteInt32LittleEndian(s[(at + 12)..], day.NonEmptyCells());
            at += DayHeaderSize;
            for (var c = 0; c < BaselineCell.Count; c++)
            {
                if (day.Instruments(c) == 0)
                {
                    continue;
                }

                BinaryPrimitives.WriteUInt16LittleEndian(s[at..], (ushort)c);
                BinaryPrimitives.WriteInt64LittleEndian(s[(at + 2)..], day.Volume(c));
                BinaryPrimitives.WriteInt32LittleEndian(s[(at + 10)..], day.Instruments(c));
                at += EntrySize;
            }
        }

        BinaryPrimitives.WriteUInt64LittleEndian(s[at..], Fnv1a(s[..at]));
        return bytes;
    }

    /// <summary>Writes <paramref name="history"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, BaselineHistory history) => File.WriteAllBytes(path, ToBytes(history));

    /// <summary>Reads a baseline file; <see cref="BaselineFormatException"/> names the offset of any problem.</summary>
    public static BaselineHistory Read(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Parses baseline bytes; <paramref name="path"/> is used in error messages.</summary>
    public static BaselineHistory Parse(ReadOnlySpan<byte> bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Need(bytes, 0, HeaderSize + 8, path, "header");
        if (!bytes[..4].SequenceEqual(Magic))
        {
            throw new BaselineFormatException(path, 0, "magic is not 'NQBL' (not a baseline file)");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]);
        if (version != Version)
        {
            throw new BaselineFormatException(path, 4, $"version {version} is not supported, expected {Version}");
        }

        var cellCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (cellCount != BaselineCell.Count)
        {
            throw new BaselineFormatException(path, 8, $"cell count {cellCount}, expected {BaselineCell.Count}");
        }

        var body = bytes.Length - 8;
        var dayCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        if (dayCount < 0)
        {
            throw new BaselineFormatException(path, 12, $"day count {dayCount}, expected ≥ 0");
        }

        var days = new List<BaselineDay>(Math.Min(dayCount, 4096));
        var at = HeaderSize;
        for (var d = 0; d < dayCount; d++)
        {
            days.Add(ReadDay(bytes[..body], ref at, path, days.Count == 0 ? null : days[^1].TradeDate));
        }

        if (at != body)
        {
            throw new BaselineFormatException(path, at, $"{body - at} unexpected bytes after day {dayCount}, expected the checksum");
        }

        var stored = BinaryPrimitives.ReadUInt64LittleEndian(bytes[body..]);
        var actual = Fnv1a(bytes[..body]);
        if (stored != actual)
        {
            throw new BaselineFormatException(path, body, $"checksum 0x{stored:x16} does not match the content (0x{actual:x16}); file is corrupt");
        }

        return new BaselineHistory(days);
    }

    private static BaselineDay ReadDay(ReadOnlySpan<byte> bytes, ref int at, string path, DateOnly? previous)
    {
        Need(bytes, at, DayHeaderSize, path, "day header");
        var dayNumber = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new BaselineFormatException(path, at, $"day number {dayNumber} is not a date");
        }

        var date = DateOnly.FromDayNumber(dayNumber);
        if (previous is { } p && date <= p)
        {
            throw new BaselineFormatException(path, at, $"trade date {date:yyyy-MM-dd} does not follow {p:yyyy-MM-dd}, expected ascending dates");
        }

        var covered = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(at + 4)..]);
        if ((covered & ~BaselineDay.AllBuckets) != 0)
        {
            throw new BaselineFormatException(path, at + 4, $"covered-bucket mask 0x{covered:x} sets bits above bucket 45");
        }

        var entries = BinaryPrimitives.ReadInt32LittleEndian(bytes[(at + 12)..]);
        if (entries < 0 || entries > BaselineCell.Count)
        {
            throw new BaselineFormatException(path, at + 12, $"entry count {entries}, expected 0..{BaselineCell.Count}");
        }

        at += DayHeaderSize;
        Need(bytes, at, (long)entries * EntrySize, path, "cell entries");
        var day = new BaselineDay(date, covered);
        var last = -1;
        for (var e = 0; e < entries; e++, at += EntrySize)
        {
            int cell = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
            var volume = BinaryPrimitives.ReadInt64LittleEndian(bytes[(at + 2)..]);
            var n = BinaryPrimitives.ReadInt32LittleEndian(bytes[(at + 10)..]);
            if (cell >= BaselineCell.Count || cell <= last)
            {
                throw new BaselineFormatException(path, at, $"cell {cell}, expected ascending cells in {last + 1}..{BaselineCell.Count - 1}");
            }

            if (n <= 0 || volume < n)
            {
                throw new BaselineFormatException(path, at + 2, $"cell {cell}: volume {volume} with {n} instruments, expected n ≥ 1 and volume ≥ n");
            }

            day.Set(cell, volume, n);
            last = cell;
        }

        return day;
    }

    private static void Need(ReadOnlySpan<byte> bytes, long at, long count, string path, string what)
    {
        if (at + count > bytes.Length)
        {
            throw new BaselineFormatException(path, at, $"truncated {what}: need {count} bytes, {Math.Max(0, bytes.Length - at)} left");
        }
    }

    /// <summary>FNV-1a 64-bit hash.</summary>
    internal static ulong Fnv1a(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
