namespace NQStream.Feeds.Simulation;

/// <summary>One listed instrument on one trade date, with its order tracker and model state.</summary>
internal sealed class SimInstrument
{
    public SimInstrument(uint id, string rawSymbol, ExpiryClass cls, byte instrumentClass, double strike, ulong expirationNs, ulong activationNs, OptionSeries? series, FutureContract future, int underlyingSlot, int levels)
    {
        Id = id;
        RawSymbol = rawSymbol;
        Class = cls;
        InstrumentClass = instrumentClass;
        Strike = strike;
        ExpirationNs = expirationNs;
        ActivationNs = activationNs;
        Series = series;
        Future = future;
        UnderlyingSlot = underlyingSlot;
        MmBid = new ulong[levels];
        MmAsk = new ulong[levels];
        ChannelId = (byte)(cls == ExpiryClass.Future ? 0 : 1 + (int)cls);
    }

    public uint Id { get; }

    /// <summary>Index in the day's instrument array.</summary>
    public int Slot { get; set; }

    public string RawSymbol { get; }

    public ExpiryClass Class { get; }

    /// <summary><c>F</c>, <c>C</c> or <c>P</c>.</summary>
    public byte InstrumentClass { get; }

    public bool IsFuture => InstrumentClass == (byte)'F';

    public bool IsCall => InstrumentClass == (byte)'C';

    public double Strike { get; }

    public ulong ExpirationNs { get; }

    public ulong ActivationNs { get; }

    public OptionSeries? Series { get; }

    /// <summary>The instrument itself for futures; the underlying future for options.</summary>
    public FutureContract Future { get; }

    /// <summary>0 = front future, 1 = next future.</summary>
    public int UnderlyingSlot { get; }

    public byte ChannelId { get; }

    public SimBook Book { get; } = new();

    /// <summary>Market-maker order id per quote level (0 = none).</summary>
    public ulong[] MmBid { get; }

    public ulong[] MmAsk { get; }

    public bool Active { get; set; }

    public uint Sequence { get; set; }

    public long Records { get; set; }

    /// <summary>Contracts traded this session.</summary>
    public long Volume { get; set; }

    /// <summary>Relative trading activity (noise trades and churn are drawn in proportion).</summary>
    public double Weight { get; set; }

    /// <summary>Top of the last market-maker quote (raw; 0 = none), to skip unchanged re-quotes.</summary>
    public long QuotedBid { get; set; }

    public long QuotedAsk { get; set; }

    public double ExactForward { get; set; }

    public double ExactPrice { get; set; }

    public double ExactDelta { get; set; }

    public double ExactGamma { get; set; }

    public ulong ExactTs { get; set; }

    /// <summary>Current model fair value (points).</summary>
    public double Fair { get; set; }

    /// <summary>Current model delta.</summary>
    public double Delta { get; set; }

    public void ResetSession()
    {
        Book.Clear();
        Array.Clear(MmBid);
        Array.Clear(MmAsk);
        Sequence = 0;
        Records = 0;
        Volume = 0;
        QuotedBid = 0;
        QuotedAsk = 0;
        ExactTs = 0;
        Active = true;
    }
}
