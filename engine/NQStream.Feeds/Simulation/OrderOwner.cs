namespace NQStream.Feeds.Simulation;

/// <summary>Who placed a resting order (ground truth kept by the simulator, never written to MBO).</summary>
internal enum OrderOwner : byte
{
    MarketMaker,
    Noise,
    Liquidity,
    Iceberg,
}
