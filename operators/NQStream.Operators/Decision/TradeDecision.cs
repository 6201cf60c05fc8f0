namespace NQStream.Operators.Decision;

/// <summary>The §6.2 <c>Decision</c> record of one signal.</summary>
/// <param name="SignalId">Signal id.</param>
/// <param name="Accepted">EV, probability and risk thresholds met and size &gt; 0.</param>
/// <param name="Reasons">Rejection reasons with key=value context; empty when accepted.</param>
/// <param name="Probability">p used; null when none was available.</param>
/// <param name="Source">CALIBRATED, PRIOR or none.</param>
/// <param name="CalibrationN">Resolved outcomes of the calibration key.</param>
/// <param name="Target">Target in points.</param>
/// <param name="Stop">Stop in points.</param>
/// <param name="Horizon">Horizon.</param>
/// <param name="EvPoints">EV in points; null without p.</param>
/// <param name="EvUsd">EV per contract in USD; null without p.</param>
/// <param name="RewardRisk">target / stop.</param>
/// <param name="Quality">Quality score and components; null without p.</param>
/// <param name="Size">Contracts; 0 unless accepted.</param>
public sealed record TradeDecision(string SignalId, bool Accepted, IReadOnlyList<string> Reasons, double? Probability, ProbabilitySource Source, long CalibrationN, double Target, double Stop, TimeSpan Horizon, double? EvPoints, double? EvUsd, double RewardRisk, QualityResult? Quality, int Size);
