namespace NQStream.Operators.Risk;

/// <summary>One battle zone (algorithms.md §7.4).</summary>
/// <param name="ZoneId">Derived from the data: "k_low-k_high".</param>
/// <param name="KLow">Lowest strike of the zone.</param>
/// <param name="KHigh">Highest strike of the zone.</param>
/// <param name="Centre">OI-weighted mean strike (plain mean when the zone has no OI).</param>
/// <param name="OiCall">Σ call OI.</param>
/// <param name="OiPut">Σ put OI.</param>
/// <param name="Gex">G = Σ GEX_K.</param>
/// <param name="FeToday">FE = Σ FE_K,today.</param>
/// <param name="Role">Damping (G ≥ 0) or accelerating (G &lt; 0).</param>
/// <param name="Side">Above, below or at F.</param>
/// <param name="HedgeDirection">h = −sign(G)·sign(centre − F): direction of dealer hedge trades as price approaches.</param>
/// <param name="Contested">sign(FE) = −h: today's flow fights the OI-implied hedge; otherwise reinforced.</param>
/// <param name="Strength">|FE|·|G| divided by the largest such product among the underlying's zones.</param>
public sealed record BattleZone(
    string ZoneId,
    double KLow,
    double KHigh,
    double Centre,
    long OiCall,
    long OiPut,
    double Gex,
    double FeToday,
    ZoneRole Role,
    ZoneSide Side,
    int HedgeDirection,
    bool Contested,
    double Strength);
