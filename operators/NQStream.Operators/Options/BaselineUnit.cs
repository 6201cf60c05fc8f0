namespace NQStream.Operators.Options;

/// <summary>What the volume ratio compares (§5.4).</summary>
public enum BaselineUnit
{
    /// <summary>An instrument's bucket volume vs the cell's median per-instrument volume.</summary>
    PerInstrument,

    /// <summary>The cell's total bucket volume vs the median of its daily totals.</summary>
    PerCell,
}
