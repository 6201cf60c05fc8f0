namespace NQStream.Market.Dbn.Layout;

/// <summary>One field of a DBN record: Databento's name, byte offset, wire type and size.</summary>
/// <param name="Name">Databento field name (snake_case).</param>
/// <param name="Offset">Byte offset from the start of the record.</param>
/// <param name="Kind">Wire type.</param>
/// <param name="Size">Size in bytes (string width for <see cref="FieldKind.Str"/>, level count × 32 for levels).</param>
public readonly record struct FieldDef(string Name, int Offset, FieldKind Kind, int Size)
{
    /// <summary>Number of levels for level arrays.</summary>
    public int LevelCount => Kind is FieldKind.Levels or FieldKind.ConsolidatedLevels ? Size / 32 : 0;

    /// <summary>A fixed-size scalar field; the size follows from the kind.</summary>
    public static FieldDef Of(string name, int offset, FieldKind kind) => new(name, offset, kind, SizeOf(kind));

    /// <summary>A fixed-width string field.</summary>
    public static FieldDef Str(string name, int offset, int width) => new(name, offset, FieldKind.Str, width);

    /// <summary>Size in bytes of a scalar kind.</summary>
    public static int SizeOf(FieldKind kind) => kind switch
    {
        FieldKind.U8 or FieldKind.I8 or FieldKind.Chr => 1,
        FieldKind.U16 or FieldKind.I16 => 2,
        FieldKind.U32 or FieldKind.I32 => 4,
        FieldKind.U64 or FieldKind.I64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a scalar kind"),
    };
}
