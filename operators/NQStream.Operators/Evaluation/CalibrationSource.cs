namespace NQStream.Operators.Evaluation;

/// <summary>Which operator raised the calibrated signals (§6.2 calibration key).</summary>
public enum CalibrationSource
{
    /// <summary>Volume ratio / direction flow signals.</summary>
    Flow,

    /// <summary>EMERGENCY firings.</summary>
    Emergency,
}
