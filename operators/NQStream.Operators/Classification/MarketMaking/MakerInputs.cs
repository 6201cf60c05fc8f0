namespace NQStream.Operators.Classification.MarketMaking;

/// <summary>Raw measurements of one resting order's life for the maker score (§5.7 M1–M6).</summary>
/// <param name="LifetimeSeconds">Time from add to final fill or cancel, in seconds.</param>
/// <param name="Modifies">Modify records.</param>
/// <param name="PartialCancels">Partial cancels.</param>
/// <param name="Fills">Fills.</param>
/// <param name="QuotePaired">An opposite-side order in the same instrument was added or modified within ±1 ms with size within ±20 %.</param>
/// <param name="InQuoteWave">Its add or last modify was part of a wave (≥ 20 instruments, same underlying, ±1 ms).</param>
/// <param name="Size">Order size in contracts.</param>
/// <param name="Price">Order price in index points.</param>
/// <param name="Iceberg">Part of an <c>IcebergCandidate</c>.</param>
public readonly record struct MakerInputs(double LifetimeSeconds, int Modifies, int PartialCancels, int Fills, bool QuotePaired, bool InQuoteWave, long Size, double Price, bool Iceberg);
