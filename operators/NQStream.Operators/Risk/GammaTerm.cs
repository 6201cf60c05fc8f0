namespace NQStream.Operators.Risk;

/// <summary>One priced (expiry, strike) row of a GEX sum: its strike, T for greeks, IV and signed OI weights g·OI.</summary>
internal readonly record struct GammaTerm(double Strike, double Years, double Sigma, double CallWeight, double PutWeight);
