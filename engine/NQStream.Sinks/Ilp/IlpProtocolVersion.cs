namespace NQStream.Sinks.Ilp;

/// <summary>ILP wire version (docs/ops.md §1.4, §1.6).</summary>
public enum IlpProtocolVersion
{
    /// <summary>Text protocol: doubles as text, designated timestamp as bare nanoseconds.</summary>
    V1 = 1,

    /// <summary>QuestDB ≥ 9.0: binary doubles (<c>==</c> 0x10 + 8 bytes LE), designated timestamp with an <c>n</c> suffix.</summary>
    V2 = 2,
}
