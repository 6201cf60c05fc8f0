using System.Buffers.Text;
using System.Text;

namespace NQStream.Feeds.Lobster;

/// <summary>Splits and parses comma-separated ASCII fields; failures become located <see cref="LobsterFormatException"/>s.</summary>
internal static class CsvFields
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="ranges"/>; returns the field count (may exceed the span length).</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> ranges)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == (byte)',')
            {
                if (count < ranges.Length)
                {
                    ranges[count] = new Range(start, i);
                }

                count++;
                start = i + 1;
            }
        }

        return count;
    }

    /// <summary>Parses a signed decimal integer that fills the whole field.</summary>
    public static long Int(ReadOnlySpan<byte> field, string file, long line, int column, string name)
    {
        if (field.Length == 0 || !Utf8Parser.TryParse(field, out long v, out var used) || used != field.Length || field[0] == (byte)'+')
        {
            throw Bad(field, file, line, column, name, "an integer");
        }

        return v;
    }

    /// <summary>Parses seconds after midnight with up to 9 decimals into exact nanoseconds.</summary>
    public static long SecondsToNs(ReadOnlySpan<byte> field, string file, long line, int column, string name)
    {
        var dot = field.IndexOf((byte)'.');
        var whole = dot < 0 ? field : field[..dot];
        var frac = dot < 0 ? default : field[(dot + 1)..];
        if (whole.Length == 0 || whole.Length > 5 || (dot >= 0 && (frac.Length == 0 || frac.Length > 9)))
        {
            throw Bad(field, file, line, column, name, "seconds after midnight with at most 9 decimals");
        }

        long seconds = 0;
        foreach (var b in whole)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                throw Bad(field, file, line, column, name, "seconds after midnight with at most 9 decimals");
            }

            seconds = (seconds * 10) + (b - '0');
        }

        long nanos = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = 0;
            if (i < frac.Length)
            {
                var b = frac[i];
                if (b is < (byte)'0' or > (byte)'9')
                {
                    throw Bad(field, file, line, column, name, "seconds after midnight with at most 9 decimals");
                }

                digit = b - '0';
            }

            nanos = (nanos * 10) + digit;
        }

        if (seconds >= 86_400)
        {
            throw Bad(field, file, line, column, name, "seconds after midnight below 86400");
        }

        return (seconds * 1_000_000_000L) + nanos;
    }

    /// <summary>A located error for a field that does not hold what was expected.</summary>
    public static LobsterFormatException Bad(ReadOnlySpan<byte> field, string file, long line, int column, string name, string expected)
    {
        var text = Encoding.ASCII.GetString(field.Length > 40 ? field[..40] : field);
        return new LobsterFormatException(file, line, column, $"{name}: expected {expected}, got '{text}'");
    }
}
