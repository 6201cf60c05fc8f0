namespace NQStream.Operators.Signals;

/// <summary>Signal priority (docs/algorithms.md §5.6), ordered so that a larger value is more urgent.</summary>
public enum SignalPriority
{
    /// <summary>Everything that matches no other rule.</summary>
    Low,

    /// <summary>Institutional flow.</summary>
    Medium,

    /// <summary>Confirmed class ≥ high_min_class and institutional.</summary>
    High,

    /// <summary>EMERGENCY, or confirmed class ≥ immediate_min_class, institutional, within the distance and |z| ≥ immediate_min_abs_z.</summary>
    Immediate,
}
