namespace NQStream.Operators.Pipeline;

/// <summary>Facts about a signal that are not part of the <see cref="Signals.Signal"/> record itself.</summary>
/// <param name="UnderlyingSymbol">Raw symbol of the underlying future (empty when unresolved).</param>
/// <param name="Futures">F, the underlying's valid mid at emission; null when missing or stale.</param>
/// <param name="BucketStart">Start of the signal's ToD bucket (ns); for an emergency, of the bucket it fired in.</param>
/// <param name="Suspect">Raised while the instrument's book was <c>SUSPECT</c> (excluded from accuracy).</param>
/// <param name="Final">The bucket-close record of a volume shock (final FDR pass).</param>
public sealed record SignalContext(string UnderlyingSymbol, double? Futures, long BucketStart, bool Suspect, bool Final);
