using NQStream.Operators.Options;

namespace NQStream.Operators.Decision;

/// <summary>Options the <see cref="Decider"/> reads.</summary>
/// <param name="ExpectedValue">EV thresholds.</param>
/// <param name="Quality">Quality weights and minimum.</param>
/// <param name="Sizing">Risk budget and maximum position.</param>
public sealed record DecisionSettings(ExpectedValueOptions ExpectedValue, QualityOptions Quality, SizingOptions Sizing);
