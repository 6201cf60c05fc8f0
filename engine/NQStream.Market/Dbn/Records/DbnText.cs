using System.Text;

namespace NQStream.Market.Dbn.Records;

/// <summary>Reads and writes DBN fixed-width strings: ASCII, value ends at the first NUL (or fills the field).</summary>
public static class DbnText
{
    /// <summary>The string value of a fixed-width field.</summary>
    public static string Read(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        return Encoding.Latin1.GetString(end < 0 ? field : field[..end]);
    }

    /// <summary>Writes <paramref name="value"/> NUL-padded; throws when it does not fit or is not ASCII.</summary>
    public static void Write(Span<byte> field, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > field.Length)
        {
            throw new ArgumentException($"'{value}' is longer than the {field.Length}-byte field", nameof(value));
        }

        field.Clear();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] > 0x7F)
            {
                throw new ArgumentException($"'{value}' is not ASCII", nameof(value));
            }

            field[i] = (byte)value[i];
        }
    }
}
