namespace NQStream.Operators.Risk;

/// <summary>Per-strike inputs of the battle-zone operator: OI, GEX (§7.2) and today's futures-equivalent aggressor flow.</summary>
/// <param name="Strike">Strike in points.</param>
/// <param name="OiCall">Call open interest.</param>
/// <param name="OiPut">Put open interest.</param>
/// <param name="Gex">GEX_K ($ per 1 %), null when unpriced.</param>
/// <param name="FeToday">FE_K,today = Σ s·q·Δ over today's aggressor events in all options of the underlying at this strike.</param>
public readonly record struct BattleZoneInput(double Strike, long OiCall, long OiPut, double? Gex, double FeToday);
