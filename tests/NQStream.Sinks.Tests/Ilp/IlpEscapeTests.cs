using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>
/// The escaper (scalar pass for short text, vectorised runs for long text) against a plain reference: escape
/// per character, then UTF-8 with U+FFFD for lone surrogates (what Node's Buffer.write does).
/// </summary>
public sealed class IlpEscapeTests
{
    // Escapable characters, plain ASCII, 2- and 3-byte characters, a surrogate pair's halves (paired or lone).
    private const string Alphabet = " ,=\\\n\r\"aZ09_-.:\té€\ud83d\ude00";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Random_text_of_every_length_around_the_short_text_limit_matches_the_reference(bool nameMode)
    {
        var mode = nameMode ? IlpEscape.Mode.Name : IlpEscape.Mode.Quoted;
        var rng = new Random(17);
        var dest = new byte[3 * 80];
        for (int i = 0; i < 20_000; i++)
        {
            int length = rng.Next(0, 48);
            var chars = new char[length];
            for (int j = 0; j < length; j++)
            {
                // Mostly plain text with occasional specials, as real symbols and names are.
                chars[j] = rng.Next(4) == 0 ? Alphabet[rng.Next(Alphabet.Length)] : (char)rng.Next('a', 'z' + 1);
            }

            string text = new(chars);
            int n = IlpEscape.Write(dest, text, mode);
            byte[] expected = Reference(text, mode);
            if (!dest.AsSpan(0, n).SequenceEqual(expected))
            {
                Convert.ToHexString(dest, 0, n).Should().Be(Convert.ToHexString(expected), $"text '{text}' in mode {mode}");
            }
        }
    }

    [Fact]
    public void Long_symbol_with_escapes_and_non_ascii_is_exact()
    {
        string text = "NQZ5 C21000,strike=21000\\x" + new string('a', 40) + "données \ud83d\ude00 \ud800 end\n";
        var dest = new byte[IlpEscape.MaxBytes(text.Length)];
        int n = IlpEscape.Write(dest, text, IlpEscape.Mode.Name);
        Encoding.UTF8.GetString(dest, 0, n).Should().Be(
            "NQZ5\\ C21000\\,strike\\=21000\\\\x" + new string('a', 40) + "données\\ \ud83d\ude00\\ \ufffd\\ end\\\n");
    }

    private static byte[] Reference(string text, IlpEscape.Mode mode)
    {
        string specials = mode == IlpEscape.Mode.Name ? " ,=\\\n\r" : "\"\\\n\r";
        var sb = new StringBuilder();
        foreach (char ch in text)
        {
            if (specials.Contains(ch, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
