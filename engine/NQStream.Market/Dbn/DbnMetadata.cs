namespace NQStream.Market.Dbn;

/// <summary>
/// The DBN metadata header (docs/dbn.md §2). Parsed from any version; <see cref="Version"/> is the
/// version of the stream as read (the upgrader reports 3 when records are upgraded).
/// </summary>
public sealed record DbnMetadata
{
    /// <summary>DBN version of the stream (1, 2 or 3).</summary>
    public byte Version { get; init; } = DbnConstants.CurrentVersion;

    /// <summary>The <c>u32</c> metadata length after the 8-byte prelude, as stored.</summary>
    public uint MetadataLength { get; init; }

    /// <summary>Metadata bytes actually used (excludes v3 zero padding).</summary>
    public int UsedBytes { get; init; }

    /// <summary>Dataset code, e.g. <c>GLBX.MDP3</c>.</summary>
    public string Dataset { get; init; } = "";

    /// <summary>Schema id; 0xFFFF = mixed.</summary>
    public ushort Schema { get; init; } = 0xFFFF;

    /// <summary>Query start, ns since the epoch.</summary>
    public ulong Start { get; init; }

    /// <summary>Query end, ns; <see cref="DbnConstants.UndefTimestamp"/> = unset.</summary>
    public ulong End { get; init; } = DbnConstants.UndefTimestamp;

    /// <summary>Record limit; 0 = none.</summary>
    public ulong Limit { get; init; }

    /// <summary>v1 only: the deprecated record count slot (never relied on).</summary>
    public ulong? RecordCountV1 { get; init; }

    /// <summary>Input symbology; 0xFF = mixed.</summary>
    public byte StypeIn { get; init; } = 0xFF;

    /// <summary>Output symbology.</summary>
    public byte StypeOut { get; init; }

    /// <summary>Whether every record carries a trailing <c>u64 ts_out</c>.</summary>
    public bool TsOut { get; init; }

    /// <summary>Width of symbol strings: 22 in v1, 71 in v2/v3.</summary>
    public int SymbolCstrLen { get; init; } = DbnConstants.SymbolCstrLen;

    /// <summary>Requested symbols.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>Symbols resolved on some days only.</summary>
    public IReadOnlyList<string> Partial { get; init; } = [];

    /// <summary>Symbols never resolved.</summary>
    public IReadOnlyList<string> NotFound { get; init; } = [];

    /// <summary>Symbol mappings over date intervals.</summary>
    public IReadOnlyList<SymbolMapping> Mappings { get; init; } = [];

    /// <summary>The same metadata as an upgraded v3 stream would report it.</summary>
    public DbnMetadata UpgradedToV3() =>
        Version >= 3 ? this : this with { Version = 3, SymbolCstrLen = DbnConstants.SymbolCstrLen, RecordCountV1 = null };
}
