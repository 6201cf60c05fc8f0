using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>How one scalar (a property, or each item of a list property) is parsed and checked.</summary>
internal sealed class ScalarSpec
{
    private ScalarSpec(Type type, ValueKind kind, PropertyInfo property)
    {
        Type = type;
        Kind = kind;
        Range = property.GetCustomAttribute<RangeAttribute>();
        DurationRange = property.GetCustomAttribute<DurationRangeAttribute>();
        PowerOfTwo = property.GetCustomAttribute<PowerOfTwoAttribute>() is not null;
        Pattern = property.GetCustomAttribute<RegularExpressionAttribute>();
        Secret = property.GetCustomAttribute<SecretAttribute>() is not null;
        SecretKeys = property.GetCustomAttribute<SecretKeysAttribute>()?.Keys ?? [];
        if (kind == ValueKind.Enum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                EnumNames.Add(SnakeCase.From(name), Enum.Parse(type, name));
            }
        }

        Expected = Describe();
    }

    public Type Type { get; }

    public ValueKind Kind { get; }

    public RangeAttribute? Range { get; }

    public DurationRangeAttribute? DurationRange { get; }

    public bool PowerOfTwo { get; }

    public RegularExpressionAttribute? Pattern { get; }

    public bool Secret { get; }

    public IReadOnlyList<string> SecretKeys { get; }

    /// <summary>snake_case member name → enum value, in declaration order.</summary>
    public Dictionary<string, object> EnumNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The type as named in "(expected …)".</summary>
    public string Expected { get; }

    public static ScalarSpec? TryCreate(Type type, PropertyInfo property)
    {
        ValueKind? kind =
            type == typeof(string) ? ValueKind.String :
            type == typeof(bool) ? ValueKind.Boolean :
            type == typeof(int) ? ValueKind.Integer :
            type == typeof(double) ? ValueKind.Number :
            type == typeof(TimeSpan) ? ValueKind.Duration :
            type.IsEnum ? ValueKind.Enum : null;
        return kind is null ? null : new ScalarSpec(type, kind.Value, property);
    }

    /// <summary>The range as an interval, e.g. <c>integer in [1, 65535]</c>.</summary>
    public string RangeText()
    {
        if (DurationRange is { } d)
        {
            return $"duration in [{d.MinimumText}, {d.MaximumText}]";
        }

        if (Range is not { } r)
        {
            return Expected;
        }

        var open = r.MinimumIsExclusive ? "(" : "[";
        var close = r.MaximumIsExclusive ? ")" : "]";
        var noun = PowerOfTwo ? "power of two" : Kind == ValueKind.Integer ? "integer" : "number";
        return $"{noun} in {open}{Format(r.Minimum)}, {Format(r.Maximum)}{close}";
    }

    public static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        TimeSpan t => NQStream.Core.Configuration.Schema.Duration.Format(t),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private string Describe() => Kind switch
    {
        ValueKind.String => Pattern?.ErrorMessage ?? "string",
        ValueKind.Boolean => "boolean (true or false)",
        ValueKind.Integer => PowerOfTwo ? "power of two" : "integer",
        ValueKind.Number => "number",
        ValueKind.Duration => NQStream.Core.Configuration.Schema.Duration.Description,
        ValueKind.Enum => "one of: " + string.Join(", ", EnumNames.Keys),
        _ => Kind.ToString(),
    };
}
