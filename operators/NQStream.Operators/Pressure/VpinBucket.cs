namespace NQStream.Operators.Pressure;

/// <summary>One completed VPIN volume bucket (§4.4 outputs).</summary>
/// <param name="BucketIndex">0-based bucket number on the volume clock.</param>
/// <param name="TsClose">Event time of the trade that filled the bucket.</param>
/// <param name="VBuy">Buy volume in the bucket.</param>
/// <param name="VSell">Sell volume in the bucket.</param>
/// <param name="Imbalance">|V_B − V_S| / V for this bucket.</param>
/// <param name="Vpin">Mean imbalance over the last n buckets; null until n buckets exist.</param>
public readonly record struct VpinBucket(long BucketIndex, long TsClose, double VBuy, double VSell, double Imbalance, double? Vpin);
