using System.Text;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>Hides secrets in anything printed: whole values marked [Secret], and secret keys inside connection strings.</summary>
internal static class SecretMask
{
    public const string Mask = "***";

    public static string Apply(ScalarSpec spec, string text)
    {
        if (spec.Secret)
        {
            return text.Length == 0 ? text : Mask;
        }

        return spec.SecretKeys.Count == 0 ? text : MaskKeys(text, spec.SecretKeys);
    }

    /// <summary>In <c>schema::k=v;k=v;</c>, replaces the values of the given keys (a value ends at a single ';').</summary>
    private static string MaskKeys(string text, IReadOnlyList<string> keys)
    {
        var sb = new StringBuilder(text.Length);
        var start = text.IndexOf("::", StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        sb.Append(text, 0, start);
        var i = start;
        while (i < text.Length)
        {
            var eq = text.IndexOf('=', i);
            if (eq < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }

            var end = eq + 1;
            while (end < text.Length && !(text[end] == ';' && (end + 1 >= text.Length || text[end + 1] != ';')))
            {
                end += text[end] == ';' ? 2 : 1;
            }

            var key = text[i..eq];
            sb.Append(key).Append('=');
            sb.Append(keys.Contains(key) ? Mask : text[(eq + 1)..Math.Min(end, text.Length)]);
            if (end < text.Length)
            {
                sb.Append(';');
            }

            i = end + 1;
        }

        return sb.ToString();
    }
}
