using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>Scalar parsing and per-value checks (env resolution, type, enum, range, pattern).</summary>
internal sealed partial class OptionsBinder
{
    private Bound BindScalar(ScalarSpec spec, ConfigNode node, bool lenient)
    {
        if (node is not ScalarNode { Value: { } raw })
        {
            _problems.Add(new(node.Path, "wrong type, got " + node.Describe(), spec.Expected, node.Line, node.Column));
            return default;
        }

        var missing = new List<string>();
        var text = EnvReferences.Resolve(raw, _env, missing, out var malformed);
        if (malformed)
        {
            _problems.Add(new(node.Path, "malformed environment reference in " + Quote(spec, raw), EnvReferences.Syntax, node.Line, node.Column));
            return default;
        }

        if (text is null)
        {
            if (!lenient)
            {
                foreach (var name in missing)
                {
                    _problems.Add(new(node.Path, $"unresolved environment variable {name}", $"{name} to be set, or a default as ${{{name}:-value}}", node.Line, node.Column));
                }
            }

            return default;
        }

        var shown = Quote(spec, text);
        object? value = spec.Kind switch
        {
            ValueKind.String => text,
            ValueKind.Boolean => ParseBoolean(text) is { } b ? b : null,
            ValueKind.Integer => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
            ValueKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
            ValueKind.Duration => Duration.TryParse(text, out var t) ? t : null,
            ValueKind.Enum => spec.EnumNames.GetValueOrDefault(text),
            _ => null,
        };
        if (value is null)
        {
            var problem = spec.Kind is ValueKind.Enum or ValueKind.Duration ? "invalid value " + shown : "wrong type, got " + shown;
            _problems.Add(new(node.Path, problem, spec.Expected, node.Line, node.Column));
            return default;
        }

        var violation = Check(spec, value, text);
        if (violation is not null)
        {
            _problems.Add(new(node.Path, violation.Value.Problem, violation.Value.Expected, node.Line, node.Column));
            return default;
        }

        return new Bound(true, value);
    }

    private static (string Problem, string Expected)? Check(ScalarSpec spec, object value, string text)
    {
        if (spec.Range is { } range && value is int or double)
        {
            var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
            var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
            var below = range.MinimumIsExclusive ? x <= min : x < min;
            var above = range.MaximumIsExclusive ? x >= max : x > max;
            if (below || above)
            {
                return ("out of range, got " + ScalarSpec.Format(value), spec.RangeText());
            }
        }

        if (spec.PowerOfTwo && value is int n && !BitOperations.IsPow2(n))
        {
            return ("not a power of two, got " + ScalarSpec.Format(value), spec.RangeText());
        }

        if (spec.DurationRange is { } window && value is TimeSpan span && (span < window.Minimum || span > window.Maximum))
        {
            return ("out of range, got " + Duration.Format(span), spec.RangeText());
        }

        if (spec.Pattern is { } pattern && !Regex.IsMatch(text, pattern.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            return ("invalid value " + Quote(spec, text), spec.Expected);
        }

        return null;
    }

    private static bool? ParseBoolean(string text) =>
        string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>Quotes a value for a message; secrets are never repeated.</summary>
    private static string Quote(ScalarSpec spec, string text) => "'" + SecretMask.Apply(spec, text) + "'";
}
