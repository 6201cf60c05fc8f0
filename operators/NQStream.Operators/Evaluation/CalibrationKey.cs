using NQStream.Operators.Signals;

namespace NQStream.Operators.Evaluation;

/// <summary>
/// Calibration key of §6.2: (priority, source) and the exact bracket. Target and stop are held in hundredths of a
/// point (integers), so the key never compares doubles for equality.
/// </summary>
/// <param name="Priority">Signal priority.</param>
/// <param name="Source">FLOW or EMERGENCY.</param>
/// <param name="TargetCentiPoints">Target × 100, rounded.</param>
/// <param name="StopCentiPoints">Stop × 100, rounded.</param>
/// <param name="Horizon">Horizon.</param>
public readonly record struct CalibrationKey(SignalPriority Priority, CalibrationSource Source, long TargetCentiPoints, long StopCentiPoints, TimeSpan Horizon)
{
    /// <summary>Builds a key from a bracket in points.</summary>
    /// <param name="priority">Signal priority.</param>
    /// <param name="source">Source.</param>
    /// <param name="target">Target in points.</param>
    /// <param name="stop">Stop in points.</param>
    /// <param name="horizon">Horizon.</param>
    public static CalibrationKey Of(SignalPriority priority, CalibrationSource source, double target, double stop, TimeSpan horizon) =>
        new(priority, source, (long)Math.Round(target * 100, MidpointRounding.AwayFromZero), (long)Math.Round(stop * 100, MidpointRounding.AwayFromZero), horizon);
}
