namespace NQStream.Operators.Pipeline;

/// <summary>One instrument's ToD bucket at its close (docs/algorithms.md §5.4 "final record at bucket close").</summary>
/// <param name="InstrumentId">Option.</param>
/// <param name="RawSymbol">Its raw symbol.</param>
/// <param name="BucketStart">Bucket start (ns).</param>
/// <param name="BucketEnd">Bucket end (ns).</param>
/// <param name="Volume">v: contracts in the bucket (all sides).</param>
/// <param name="BuyVolume">Buy-aggressor contracts.</param>
/// <param name="SellVolume">Sell-aggressor contracts.</param>
/// <param name="Ratio">R = v / max(median, 1); null in warm-up.</param>
/// <param name="ZRob">Robust z; null in warm-up.</param>
/// <param name="Z">Direction z = (V_B − V_A) / √n; null when n = 0.</param>
public readonly record struct BucketRatio(uint InstrumentId, string RawSymbol, long BucketStart, long BucketEnd, long Volume, long BuyVolume, long SellVolume, double? Ratio, double? ZRob, double? Z);
