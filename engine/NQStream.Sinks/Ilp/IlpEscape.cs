using System.Runtime.CompilerServices;
using System.Text;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Writes UTF-16 text as escaped UTF-8 straight into a byte span (docs/ops.md §1.2). Names and symbol values
/// escape space, comma, equals, backslash, LF and CR; quoted string values escape the double quote,
/// backslash, LF and CR. Lone surrogates become U+FFFD, as Node's <c>Buffer.write</c> does.
/// </summary>
internal static class IlpEscape
{
    /// <summary>Which escaping table applies.</summary>
    internal enum Mode
    {
        /// <summary>Table/column/symbol names and symbol values.</summary>
        Name,

        /// <summary>String column values inside double quotes.</summary>
        Quoted,
    }

    /// <summary>Worst-case bytes for <paramref name="chars"/> UTF-16 code units (escaped ASCII = 2, otherwise ≤ 3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int MaxBytes(int chars) => chars * 3;

    /// <summary>Writes <paramref name="text"/> escaped into <paramref name="dest"/>; returns bytes written. The caller ensures capacity.</summary>
    public static int Write(Span<byte> dest, ReadOnlySpan<char> text, Mode mode)
    {
        int pos = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch < 0x80)
            {
                if (NeedsEscape(ch, mode))
                {
                    dest[pos++] = (byte)'\\';
                }

                dest[pos++] = (byte)ch;
                continue;
            }

            pos += WriteNonAscii(dest[pos..], text, ref i);
        }

        return pos;
    }

    // Bit 0: escaped in names/symbol values (space , = \ LF CR); bit 1: escaped in quoted strings (" \ LF CR).
    private static ReadOnlySpan<byte> EscapeTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NeedsEscape(char ch, Mode mode) => (EscapeTable[ch] & (mode == Mode.Name ? 1 : 2)) != 0;

    private static int WriteNonAscii(Span<byte> dest, ReadOnlySpan<char> text, ref int i)
    {
        char ch = text[i];
        if (ch < 0x800)
        {
            dest[0] = (byte)(0xC0 | (ch >> 6));
            dest[1] = (byte)(0x80 | (ch & 0x3F));
            return 2;
        }

        if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var rune = new Rune(ch, text[i + 1]);
            i++;
            return rune.EncodeToUtf8(dest);
        }

        if (char.IsSurrogate(ch))
        {
            ch = '\uFFFD';
        }

        dest[0] = (byte)(0xE0 | (ch >> 12));
        dest[1] = (byte)(0x80 | ((ch >> 6) & 0x3F));
        dest[2] = (byte)(0x80 | (ch & 0x3F));
        return 3;
    }
}
