namespace NQStream.Core.Time;

/// <summary>A final window: key, [start, end) in event time, number of events, accumulated value.</summary>
/// <typeparam name="TAcc">The accumulator type.</typeparam>
/// <param name="Key">The window key (e.g. instrument id).</param>
/// <param name="Start">Inclusive start, ns since the epoch.</param>
/// <param name="End">Exclusive end, ns since the epoch.</param>
/// <param name="Count">Events in the window.</param>
/// <param name="Value">The accumulated value.</param>
public readonly record struct WindowResult<TAcc>(long Key, long Start, long End, long Count, TAcc Value);
