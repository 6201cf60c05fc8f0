using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FluentAssertions;
using NQStream.Market.Dbn.Layout;
using NQStream.Market.Dbn.Records;
using Xunit;

namespace NQStream.Market.Tests.Dbn;

/// <summary>The typed v3 structs agree with the layout tables field by field (offset, width) and in size.</summary>
public sealed class LayoutConsistencyTests
{
    public static TheoryData<string> Structs() => [.. DbnLayouts.AllV3.Select(l => l.StructName)];

    [Theory]
    [MemberData(nameof(Structs))]
    public void Struct_fields_match_layout_table(string structName)
    {
        var layout = DbnLayouts.AllV3.Single(l => l.StructName == structName);
        var type = typeof(MboMsg).Assembly.GetType($"NQStream.Market.Dbn.Records.{structName}")!;
        type.Should().NotBeNull();
        SizeOf(type).Should().Be(layout.Size);
        ((int)type.GetProperty("StructSize", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Should().Be(layout.Size);

        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => f.Name != "Hd").ToList();
        fields.Should().HaveCount(layout.Fields.Count, "one struct field per layout field");
        foreach (var def in layout.Fields)
        {
            var name = def.Kind is FieldKind.Levels or FieldKind.ConsolidatedLevels
                ? (def.LevelCount == 1 ? "Level0" : "Levels")
                : string.Concat(def.Name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var f = type.GetField(name)!;
            f.Should().NotBeNull($"{structName}.{name} for {def.Name}");
            f.GetCustomAttribute<FieldOffsetAttribute>()!.Value.Should().Be(def.Offset, def.Name);
            SizeOf(f.FieldType).Should().Be(def.Size, def.Name);
        }
    }

    [Fact]
    public void Header_is_16_bytes() => Unsafe.SizeOf<RecordHeader>().Should().Be(16);

    private static int SizeOf(Type t) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(t).Invoke(null, null)!;
}
