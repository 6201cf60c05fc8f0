namespace NQStream.Operators.Baseline;

/// <summary>Per-instrument state of the current ToD bucket: the fixed cell and the contracts so far.</summary>
internal struct InstrumentBucket
{
    /// <summary>Trade-date day number × 46 + ToD bucket; identifies the bucket.</summary>
    public long Key;

    /// <summary>Cell fixed at the instrument's first trade with a cell in the bucket; −1 while none.</summary>
    public int CellIndex;

    /// <summary>Contracts traded in the bucket so far.</summary>
    public long Volume;
}
