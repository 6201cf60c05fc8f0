using System.Text;

namespace NQStream.Core.Configuration.Schema;

/// <summary>Maps PascalCase property and enum member names to the snake_case keys used in files.</summary>
public static class SnakeCase
{
    /// <summary>
    /// <c>RingSize</c> → <c>ring_size</c>, <c>TMinGreeks</c> → <c>t_min_greeks</c>, <c>X100</c> → <c>x100</c>:
    /// an underscore goes before an upper-case letter that follows a lower-case letter or digit, or that
    /// starts a new word after an acronym.
    /// </summary>
    public static string From(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                var prev = pascal[i - 1];
                var nextIsLower = i + 1 < pascal.Length && char.IsAsciiLetterLower(pascal[i + 1]);
                if (char.IsAsciiLetterLower(prev) || char.IsAsciiDigit(prev) || (char.IsAsciiLetterUpper(prev) && nextIsLower))
                {
                    sb.Append('_');
                }
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
