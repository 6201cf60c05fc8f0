using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NQStream.Operators.Evaluation;

/// <summary>Out-of-line throws of <see cref="BracketTracker"/>, so the per-mid path stays small.</summary>
internal static class BracketThrow
{
    [DoesNotReturn]
    public static void Direction(string signalId, int direction) =>
        throw new ArgumentOutOfRangeException(nameof(direction), direction, $"signal {signalId}: direction must be +1 (bullish) or -1 (bearish)");

    [DoesNotReturn]
    public static void F0(string signalId, double f0) =>
        throw new ArgumentOutOfRangeException(nameof(f0), f0, $"signal {signalId}: F0 must be a finite mid");

    [DoesNotReturn]
    public static void Mid(uint underlyingId, long tsEvent, double mid) =>
        throw new ArgumentOutOfRangeException(
            nameof(mid),
            mid,
            string.Create(CultureInfo.InvariantCulture, $"underlying {underlyingId} at ts_event {tsEvent}: a mid must be finite (only valid mids are fed)"));
}
