using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Decision;

/// <summary>
/// Priority rules of docs/algorithms.md §5.6, first match wins: IMMEDIATE if EMERGENCY or (class ≥
/// immediate_min_class ∧ institutional ∧ within ∧ |z| ≥ immediate_min_abs_z); HIGH if class ≥ high_min_class ∧
/// institutional; MEDIUM if institutional; LOW otherwise. <c>class</c> is the confirmed class (§5.5).
/// </summary>
public static class Priority
{
    /// <summary>Evaluates the rules.</summary>
    /// <param name="emergency">An EMERGENCY firing (§5.3).</param>
    /// <param name="confirmedClass">Confirmed class.</param>
    /// <param name="institutional">At least one institutional aggressor event in the instrument and bucket with s = sign(z).</param>
    /// <param name="within">Within the distance filter at emission time.</param>
    /// <param name="z">Direction z; null when n = 0 (never meets the |z| rule).</param>
    /// <param name="options">Priority options.</param>
    public static SignalPriority Of(bool emergency, RatioClass confirmedClass, bool institutional, bool within, double? z, PriorityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (emergency)
        {
            return SignalPriority.Immediate;
        }

        if (confirmedClass >= options.ImmediateMinClass && institutional && within && z is double zz && Math.Abs(zz) >= options.ImmediateMinAbsZ)
        {
            return SignalPriority.Immediate;
        }

        if (confirmedClass >= options.HighMinClass && institutional)
        {
            return SignalPriority.High;
        }

        return institutional ? SignalPriority.Medium : SignalPriority.Low;
    }
}
