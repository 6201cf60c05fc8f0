namespace NQStream.Operators.Signals;

/// <summary>One named feature value carried on a signal (kept in the order the operator wrote them).</summary>
/// <param name="Name">Snake-case feature name, e.g. <c>ratio</c>.</param>
/// <param name="Value">Value; never NaN.</param>
public readonly record struct SignalFeature(string Name, double Value);
