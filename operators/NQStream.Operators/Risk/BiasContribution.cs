namespace NQStream.Operators.Risk;

/// <summary>What one institutional event adds to the bullish and bearish sides.</summary>
internal readonly record struct BiasContribution(long TsNs, double BullPremium, double BearPremium, double BullDelta, double BearDelta, bool HasDelta);
