using System.Text;

namespace NQStream.Sinks.Metrics;

/// <summary>
/// Maps instrument names, units and tag keys to valid Prometheus names (docs/ops.md §5.1): invalid
/// characters become <c>_</c>, a UCUM unit of <c>s</c> or <c>By</c> adds <c>_seconds</c>/<c>_bytes</c>
/// unless the name already says so, and counters end in <c>_total</c>.
/// </summary>
public static class PrometheusNaming
{
    private const string TotalSuffix = "_total";

    /// <summary>The sample name of a counter or gauge, or the base name of a histogram.</summary>
    public static string SampleName(string instrumentName, string? unit, MetricKind kind)
    {
        ArgumentNullException.ThrowIfNull(instrumentName);
        string name = Sanitize(instrumentName, allowColon: true);
        bool hadTotal = kind == MetricKind.Counter && name.EndsWith(TotalSuffix, StringComparison.Ordinal);
        if (hadTotal)
        {
            name = name[..^TotalSuffix.Length];
        }

        string? unitSuffix = unit switch
        {
            "s" => "_seconds",
            "By" => "_bytes",
            _ => null,
        };
        if (unitSuffix is not null && !name.EndsWith(unitSuffix, StringComparison.Ordinal))
        {
            name += unitSuffix;
        }

        return kind == MetricKind.Counter ? name + TotalSuffix : name;
    }

    /// <summary>The family name used in OpenMetrics metadata: a counter's sample name without <c>_total</c>.</summary>
    public static string FamilyName(string sampleName, MetricKind kind)
    {
        ArgumentNullException.ThrowIfNull(sampleName);
        return kind == MetricKind.Counter && sampleName.EndsWith(TotalSuffix, StringComparison.Ordinal)
            ? sampleName[..^TotalSuffix.Length]
            : sampleName;
    }

    /// <summary>The OpenMetrics unit of a family when its name ends in a known unit, else null.</summary>
    public static string? Unit(string familyName)
    {
        ArgumentNullException.ThrowIfNull(familyName);
        foreach (string unit in (ReadOnlySpan<string>)["seconds", "bytes", "ratio"])
        {
            if (familyName.Length > unit.Length + 1
                && familyName.EndsWith(unit, StringComparison.Ordinal)
                && familyName[^(unit.Length + 1)] == '_')
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>A valid label name: <c>[a-zA-Z_][a-zA-Z0-9_]*</c> without the reserved <c>__</c> prefix.</summary>
    public static string LabelName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string name = Sanitize(key, allowColon: false);
        while (name.StartsWith("__", StringComparison.Ordinal))
        {
            name = name[1..];
        }

        return name;
    }

    private static string Sanitize(string raw, bool allowColon)
    {
        if (raw.Length == 0)
        {
            return "_";
        }

        var builder = new StringBuilder(raw.Length + 1);
        if (char.IsAsciiDigit(raw[0]))
        {
            builder.Append('_');
        }

        foreach (char c in raw)
        {
            bool ok = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            builder.Append(ok ? c : '_');
        }

        return builder.ToString();
    }
}
