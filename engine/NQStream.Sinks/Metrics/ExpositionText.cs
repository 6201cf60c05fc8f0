using System.Globalization;
using System.Text;

namespace NQStream.Sinks.Metrics;

/// <summary>Number formatting and escaping shared by both writers (docs/ops.md §5.1-5.2).</summary>
public static class ExpositionText
{
    /// <summary>
    /// Go float syntax with the invariant culture: <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c>, shortest
    /// round-trip digits otherwise; negative zero is written as <c>0</c>.
    /// </summary>
    public static string FormatDouble(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "+Inf";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Inf";
        }

        if (value == 0)
        {
            return "0";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A histogram bound for <c>le</c>: like <see cref="FormatDouble"/> but always with a decimal
    /// point or exponent (<c>1.0</c>, <c>0.005</c>), as the official clients write it.</summary>
    public static string FormatBound(double bound)
    {
        string text = FormatDouble(bound);
        bool plain = text.AsSpan().IndexOfAny('.', 'E', 'I') < 0 && !text.Equals("NaN", StringComparison.Ordinal);
        return plain ? text + ".0" : text;
    }

    /// <summary>Formats an integer count with the invariant culture.</summary>
    public static string FormatCount(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes a label value: backslash, double quote and line feed.</summary>
    public static void AppendLabelValue(StringBuilder builder, string value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(value);
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '"' => builder.Append("\\\""),
                '\n' => builder.Append(@"\n"),
                _ => builder.Append(c),
            };
        }
    }

    /// <summary>Escapes help text: backslash and line feed; OpenMetrics also escapes double quotes.</summary>
    public static void AppendHelp(StringBuilder builder, string help, bool openMetrics)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(help);
        foreach (char c in help)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(' '),
                '"' when openMetrics => builder.Append("\\\""),
                _ => builder.Append(c),
            };
        }
    }

    /// <summary>Appends <c>{a="x",b="y"}</c> (with an optional extra <c>le</c> label), or nothing when empty.</summary>
    public static void AppendLabels(StringBuilder builder, IReadOnlyList<KeyValuePair<string, string>> labels, string? le = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0 && le is null)
        {
            return;
        }

        builder.Append('{');
        bool first = true;
        foreach (KeyValuePair<string, string> label in labels)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            builder.Append(PrometheusNaming.LabelName(label.Key)).Append("=\"");
            AppendLabelValue(builder, label.Value);
            builder.Append('"');
        }

        if (le is not null)
        {
            builder.Append(first ? "le=\"" : ",le=\"").Append(le).Append('"');
        }

        builder.Append('}');
    }
}
