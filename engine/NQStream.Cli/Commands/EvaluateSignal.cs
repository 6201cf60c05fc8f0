using NQStream.Operators.Signals;

namespace NQStream.Cli.Commands;

/// <summary>A stored signal as <c>nqstream evaluate</c> reads it: the operator record plus the scoring facts of §6.1.</summary>
/// <param name="Signal">The signal (kind, instrument, direction, class, priority …).</param>
/// <param name="BucketStart">Start of its ToD bucket (ns).</param>
/// <param name="Suspect">Raised from a SUSPECT book.</param>
internal sealed record EvaluateSignal(Signal Signal, long BucketStart, bool Suspect);
