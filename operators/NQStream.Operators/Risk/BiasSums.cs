namespace NQStream.Operators.Risk;

/// <summary>Running sums of one bias window; plain data so the operator state can be snapshotted.</summary>
internal struct BiasSums
{
    public double BullPremium;
    public double BearPremium;
    public double BullDelta;
    public double BearDelta;
    public int Events;
    public int DeltaEvents;

    public void Apply(in BiasContribution c, int direction)
    {
        BullPremium += direction * c.BullPremium;
        BearPremium += direction * c.BearPremium;
        BullDelta += direction * c.BullDelta;
        BearDelta += direction * c.BearDelta;
        Events += direction;
        DeltaEvents += direction * (c.HasDelta ? 1 : 0);
    }

    public readonly BiasReading Read(double threshold)
    {
        double total = BullPremium + BearPremium;
        double? b = Events > 0 && total > 0.0 ? (BullPremium - BearPremium) / total : null;
        double deltaTotal = BullDelta + BearDelta;
        double? bDelta = DeltaEvents > 0 && deltaTotal > 0.0 ? (BullDelta - BearDelta) / deltaTotal : null;
        var label = b is double v ? (v >= threshold ? BiasLabel.Bullish : v <= -threshold ? BiasLabel.Bearish : BiasLabel.Neutral) : BiasLabel.Neutral;
        return new BiasReading(b, bDelta, Events, total, label);
    }
}
