namespace NQStream.Feeds.Simulation;

/// <summary>What one aggressor event did: contracts, premium (20·Σp·q), price levels, delta (x100 unit, aggressor-signed).</summary>
internal struct TradeResult
{
    public uint Contracts;
    public double PremiumUsd;
    public int Levels;
    public double DeltaX100;
    public int Records;
    public uint IcebergFilled;
    public double IcebergPremiumUsd;
}
