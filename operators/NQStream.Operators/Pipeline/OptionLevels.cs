namespace NQStream.Operators.Pipeline;

/// <summary>What <see cref="LevelsTracker"/> keeps per option: its definition facts once resolved, OI, today's FE, the last IV.</summary>
internal sealed class OptionLevels(uint instrumentId)
{
    public uint InstrumentId { get; } = instrumentId;

    public long StrikeRaw { get; set; }

    public double Strike { get; set; }

    public bool IsCall { get; set; }

    public long ExpirationNs { get; set; }

    public long OpenInterest { get; set; }

    public DateOnly FeDate { get; set; }

    public double FeToday { get; set; }

    public double? Iv { get; set; }
}
