using System.ComponentModel.DataAnnotations;
using System.Reflection;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>One options property as the file sees it: its snake_case key, kind and checks.</summary>
internal sealed class PropertySchema
{
    public PropertySchema(PropertyInfo property)
    {
        Property = property;
        Key = SnakeCase.From(property.Name);
        Required = property.GetCustomAttribute<RequiredAttribute>() is not null;
        MinItems = property.GetCustomAttribute<MinLengthAttribute>()?.Length ?? 0;
        var type = property.PropertyType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Kind = ValueKind.List;
            Item = ScalarSpec.TryCreate(type.GetGenericArguments()[0], property)
                ?? throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: lists hold scalars only");
            Expected = Item.Kind switch
            {
                ValueKind.Enum => "list of values from: " + string.Join(", ", Item.EnumNames.Keys),
                ValueKind.Duration => "list of durations such as 200ms, 10s, 5min, 1h",
                ValueKind.String when Item.Pattern is null => "list of strings",
                _ => "list of " + Item.Expected,
            };
        }
        else if (ScalarSpec.TryCreate(type, property) is { } scalar)
        {
            Kind = scalar.Kind;
            Item = scalar;
            Expected = scalar.Expected;
        }
        else if (type.IsClass && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            Kind = ValueKind.Object;
            Expected = "mapping";
        }
        else
        {
            throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: unsupported option type {type.Name}");
        }
    }

    public PropertyInfo Property { get; }

    public string Key { get; }

    public ValueKind Kind { get; }

    /// <summary>The scalar spec of a scalar property, or of each item of a list property.</summary>
    public ScalarSpec? Item { get; }

    public bool Required { get; }

    public int MinItems { get; }

    public string Expected { get; }
}
