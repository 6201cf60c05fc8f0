namespace NQStream.Core.Ring;

/// <summary>One recorded operator failure: which operator, on which event, with which exception.</summary>
/// <typeparam name="T">The event type.</typeparam>
/// <param name="OperatorName">The operator that threw.</param>
/// <param name="Sequence">The ring sequence of the event.</param>
/// <param name="Event">A copy of the event.</param>
/// <param name="Exception">The exception.</param>
/// <param name="Policy">The policy that was applied.</param>
public sealed record OperatorFault<T>(string OperatorName, long Sequence, T Event, Exception Exception, FaultPolicy Policy)
    where T : unmanaged;
