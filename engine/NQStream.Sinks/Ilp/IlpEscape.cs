using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Writes UTF-16 text as escaped UTF-8 straight into a byte span (docs/ops.md §1.2). Names and symbol values
/// escape space, comma, equals, backslash, LF and CR; quoted string values escape the double quote,
/// backslash, LF and CR. Lone surrogates become U+FFFD, as Node's <c>Buffer.write</c> does.
/// Runs of ASCII that need no escaping (almost all text) are found and narrowed to bytes with vectorised
/// <see cref="SearchValues{T}"/> / <see cref="Ascii"/> calls; only the characters at the run ends take the slow path.
/// </summary>
internal static class IlpEscape
{
    // ASCII that passes through unchanged: every ASCII character except the ones escaped in that mode.
    private static readonly SearchValues<char> NamePlain = SearchValues.Create(PlainAscii(" ,=\\\n\r"));
    private static readonly SearchValues<char> QuotedPlain = SearchValues.Create(PlainAscii("\"\\\n\r"));

    private const int ShortText = 16;

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

    /// <summary>Writes <paramref name="text"/> escaped into <paramref name="dest"/>; returns bytes written. The caller ensures <see cref="MaxBytes"/> of room.</summary>
    public static int Write(Span<byte> dest, ReadOnlySpan<char> text, Mode mode)
    {
        int pos = 0;
        if (text.Length < ShortText)
        {
            // Short text (symbols, most names): one scalar pass; the vectorised calls' set-up costs more here.
            byte bit = mode == Mode.Name ? (byte)1 : (byte)2;
            var table = EscapeTable;
            int i = 0;
            for (; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch >= 0x80)
                {
                    break;
                }

                if ((table[ch] & bit) != 0)
                {
                    dest[pos++] = (byte)'\\';
                }

                dest[pos++] = (byte)ch;
            }

            if (i == text.Length)
            {
                return pos;
            }

            text = text[i..];
        }

        var plain = mode == Mode.Name ? NamePlain : QuotedPlain;
        while (true)
        {
            int run = text.IndexOfAnyExcept(plain);
            if (run < 0)
            {
                return pos + Narrow(dest[pos..], text);
            }

            pos += Narrow(dest[pos..], text[..run]);
            char ch = text[run];
            if (ch < 0x80)
            {
                dest[pos] = (byte)'\\';
                dest[pos + 1] = (byte)ch;
                pos += 2;
                text = text[(run + 1)..];
                continue;
            }

            // A run of non-ASCII: transcode it whole (pairs stay together, lone surrogates become U+FFFD).
            var rest = text[run..];
            int end = 1;
            while (end < rest.Length && rest[end] >= 0x80)
            {
                end++;
            }

            var segment = rest[..end];
            Utf8.FromUtf16(segment, dest[pos..], out _, out int bytes, replaceInvalidSequences: true);
            pos += bytes;
            text = rest[segment.Length..];
        }
    }

    // Bit 0: escaped in names/symbol values (space , = \ LF CR); bit 1: escaped in quoted strings (" \ LF CR).
    private static ReadOnlySpan<byte> EscapeTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>Copies pure-ASCII <paramref name="ascii"/> as bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Narrow(Span<byte> dest, ReadOnlySpan<char> ascii)
    {
        if (ascii.Length <= 4)
        {
            // Short runs (between escapes, one-letter symbols): a loop beats the vectorised call's set-up.
            for (int i = 0; i < ascii.Length; i++)
            {
                dest[i] = (byte)ascii[i];
            }

            return ascii.Length;
        }

        Ascii.FromUtf16(ascii, dest, out int written);
        return written;
    }

    private static string PlainAscii(string escaped)
    {
        var sb = new StringBuilder(128);
        for (char c = '\0'; c < (char)0x80; c++)
        {
            if (!escaped.Contains(c, StringComparison.Ordinal))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
