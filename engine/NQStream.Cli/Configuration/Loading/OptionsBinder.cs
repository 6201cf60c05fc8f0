using System.Collections;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// Binds a (merged) node tree to the typed options, checking everything the schema says and collecting
/// every problem instead of stopping at the first. Values that fail keep their defaults so binding can go on.
/// </summary>
internal sealed partial class OptionsBinder
{
    private const string EnabledKey = "enabled";

    private readonly Func<string, string?> _env;
    private readonly List<ConfigProblem> _problems;

    public OptionsBinder(Func<string, string?> env, List<ConfigProblem> problems)
    {
        _env = env;
        _problems = problems;
    }

    public T Bind<T>(MapNode root)
        where T : class, new() => (T)BindObject(typeof(T), root, string.Empty, root, lenient: false);

    /// <param name="type">Options type.</param>
    /// <param name="map">The section's mapping, or null when the file does not mention it (defaults apply).</param>
    /// <param name="path">Effective key path of the section.</param>
    /// <param name="anchor">The nearest written node, for the position of problems about absent keys.</param>
    /// <param name="lenient">True inside a disabled section: absent required keys and unresolved variables are not problems.</param>
    private object BindObject(Type type, MapNode? map, string path, ConfigNode anchor, bool lenient)
    {
        var schema = TypeSchema.For(type);
        var instance = Activator.CreateInstance(type)!;
        var before = _problems.Count;
        if (map is not null)
        {
            ReportUnknownKeys(schema, map);
            anchor = map;
        }

        if (instance is IToggleableOptions && schema.Find(EnabledKey) is { } enabled)
        {
            BindProperty(instance, enabled, map, path, anchor, lenient);
            lenient |= !((IToggleableOptions)instance).Enabled;
        }

        foreach (var property in schema.Properties)
        {
            if (property.Key != EnabledKey || instance is not IToggleableOptions)
            {
                BindProperty(instance, property, map, path, anchor, lenient);
            }
        }

        if (!lenient && _problems.Count == before && instance is IOptionsRules rules)
        {
            var violations = new List<RuleViolation>();
            rules.CheckRules(violations);
            foreach (var v in violations)
            {
                var at = map?.Find(v.Key.Split('.', '[')[0])?.Value ?? anchor;
                _problems.Add(new(ConfigPath.Child(path, v.Key), v.Problem, v.Expected, at.Line, at.Column));
            }
        }

        return instance;
    }

    private void BindProperty(object instance, PropertySchema property, MapNode? map, string path, ConfigNode anchor, bool lenient)
    {
        var childPath = ConfigPath.Child(path, property.Key);
        var node = map?.Find(property.Key)?.Value;
        if (node is null or ScalarNode { Value: null })
        {
            if (property.Kind == ValueKind.Object)
            {
                property.Property.SetValue(instance, BindObject(property.Property.PropertyType, null, childPath, anchor, lenient));
            }
            else if (property.Required && !lenient && IsMissing(property.Property.GetValue(instance)))
            {
                _problems.Add(new(childPath, "missing required key", property.Expected, anchor.Line, anchor.Column));
            }

            return;
        }

        var bound = property.Kind switch
        {
            ValueKind.Object => BindNested(property, node, childPath, lenient),
            ValueKind.List => BindList(property, node, lenient),
            _ => BindScalar(property.Item!, node, lenient),
        };
        if (!bound.Ok)
        {
            return;
        }

        property.Property.SetValue(instance, bound.Value);
        if (property.Required && !lenient && IsMissing(bound.Value))
        {
            _problems.Add(new(node.Path, "empty value for a required key", property.Expected, node.Line, node.Column));
        }
    }

    private Bound BindNested(PropertySchema property, ConfigNode node, string path, bool lenient)
    {
        if (node is not MapNode map)
        {
            _problems.Add(new(node.Path, "wrong type, got " + node.Describe(), "mapping", node.Line, node.Column));
            return default;
        }

        return new Bound(true, BindObject(property.Property.PropertyType, map, path, map, lenient));
    }

    private Bound BindList(PropertySchema property, ConfigNode node, bool lenient)
    {
        if (node is not SeqNode seq)
        {
            _problems.Add(new(node.Path, "wrong type, got " + node.Describe(), property.Expected, node.Line, node.Column));
            return default;
        }

        var item = property.Item!;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item.Type))!;
        var ok = true;
        foreach (var child in seq.Items)
        {
            var bound = BindScalar(item, child, lenient);
            ok &= bound.Ok;
            if (bound.Ok)
            {
                list.Add(bound.Value);
            }
        }

        if (ok && list.Count < property.MinItems)
        {
            _problems.Add(new(node.Path, $"too few items, got {list.Count}", $"at least {property.MinItems} item(s)", node.Line, node.Column));
            return default;
        }

        return ok ? new Bound(true, list) : default;
    }

    private void ReportUnknownKeys(TypeSchema schema, MapNode map)
    {
        foreach (var entry in map.Entries)
        {
            if (schema.Find(entry.Key) is not null)
            {
                continue;
            }

            var guess = Suggest.Closest(entry.Key, schema.Keys);
            var problem = guess is null ? "unknown key" : $"unknown key, did you mean '{guess}'?";
            _problems.Add(new(ConfigPath.Child(map.Path, entry.Key), problem, "one of: " + string.Join(", ", schema.Keys), entry.Line, entry.Column));
        }
    }

    private static bool IsMissing(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private readonly record struct Bound(bool Ok, object? Value);
}
