namespace NQStream.Operators.Risk;

/// <summary>GEX of one strike, summed over the selected expiries (algorithms.md §7.2), in $ per 1 % move of F.</summary>
/// <param name="StrikeRaw">Strike, fixed point 1e-9.</param>
/// <param name="Strike">Strike in points.</param>
/// <param name="OiCall">Call open interest (missing → 0).</param>
/// <param name="OiPut">Put open interest (missing → 0).</param>
/// <param name="CallGex">M·F²·0.01·g_c·Γ·OI_c, null when no row of the strike could be priced.</param>
/// <param name="PutGex">M·F²·0.01·g_p·Γ·OI_p, null when no row of the strike could be priced.</param>
/// <param name="Gex">CallGex + PutGex, null when no row of the strike could be priced.</param>
public sealed record StrikeGex(long StrikeRaw, double Strike, long OiCall, long OiPut, double? CallGex, double? PutGex, double? Gex);
