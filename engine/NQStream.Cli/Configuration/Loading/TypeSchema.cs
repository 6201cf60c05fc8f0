using System.Collections.Concurrent;
using System.Reflection;

namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// The schema of one options type, read once by reflection from its public init properties and their
/// attributes. The option classes are the only description of the file: keys, types, defaults, ranges.
/// </summary>
internal sealed class TypeSchema
{
    private static readonly ConcurrentDictionary<Type, TypeSchema> Cache = new();

    private TypeSchema(Type type)
    {
        Type = type;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite)
            {
                Properties.Add(new PropertySchema(property));
            }
        }
    }

    public Type Type { get; }

    public List<PropertySchema> Properties { get; } = [];

    public IEnumerable<string> Keys => Properties.Select(p => p.Key);

    public static TypeSchema For(Type type) => Cache.GetOrAdd(type, static t => new TypeSchema(t));

    public PropertySchema? Find(string key) => Properties.Find(p => string.Equals(p.Key, key, StringComparison.Ordinal));
}
