namespace NQStream.Market.Dbn.Layout;

/// <summary>
/// The byte layout of one DBN record struct in one DBN version: the single description that the JSON
/// writer, the version upgrader and the typed-struct consistency tests all use.
/// </summary>
public sealed class RecordLayout
{
    internal RecordLayout(string structName, int size, FieldDef[] fields)
    {
        StructName = structName;
        Size = size;
        Fields = fields;
        var byName = new Dictionary<string, FieldDef>(fields.Length, StringComparer.Ordinal);
        foreach (var f in fields)
        {
            byName.Add(f.Name, f);
        }

        _byName = byName;
    }

    private readonly Dictionary<string, FieldDef> _byName;

    /// <summary>Databento's struct name, e.g. <c>MboMsg</c>, <c>InstrumentDefMsgV1</c>.</summary>
    public string StructName { get; }

    /// <summary>Record size in bytes without a trailing <c>ts_out</c>.</summary>
    public int Size { get; }

    /// <summary>Fields after the 16-byte header, in layout (offset) order; reserved bytes are not listed.</summary>
    public IReadOnlyList<FieldDef> Fields { get; }

    /// <summary>Finds a field by Databento name.</summary>
    public bool TryGetField(string name, out FieldDef field) => _byName.TryGetValue(name, out field);

    /// <inheritdoc />
    public override string ToString() => $"{StructName} ({Size} B)";
}
