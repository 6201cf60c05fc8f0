namespace NQStream.Operators.Pressure;

/// <summary>Aggressor imbalance of one tumbling window (§4.2 outputs).</summary>
/// <param name="StartNs">Window start.</param>
/// <param name="EndNs">Window end.</param>
/// <param name="VBuy">Quantity of buy-aggressor events.</param>
/// <param name="VSell">Quantity of sell-aggressor events.</param>
/// <param name="VUnknown">Quantity of events without aggressor (side N).</param>
/// <param name="Ai">(V_B − V_A) / (V_B + V_A); null when both are 0.</param>
/// <param name="PremBuy">Premium (USD) of buy-aggressor events.</param>
/// <param name="PremSell">Premium (USD) of sell-aggressor events.</param>
/// <param name="AiPremium">(P_B − P_A) / (P_B + P_A); null when both are 0.</param>
/// <param name="NEvents">Aggressor events in the window (all sides).</param>
public readonly record struct AggressorImbalanceWindow(
    long StartNs,
    long EndNs,
    long VBuy,
    long VSell,
    long VUnknown,
    double? Ai,
    double PremBuy,
    double PremSell,
    double? AiPremium,
    int NEvents);
