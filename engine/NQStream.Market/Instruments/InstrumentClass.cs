namespace NQStream.Market.Instruments;

/// <summary>What an instrument is, from the definition's <c>instrument_class</c> (docs/dbn.md §5.3).</summary>
public enum InstrumentClass : byte
{
    /// <summary>Anything else: spreads (<c>S</c>, <c>T</c>, <c>M</c>), stocks, bonds, spot; see <see cref="Instrument.RawClass"/>.</summary>
    Other = 0,
    /// <summary>Call option (<c>C</c>).</summary>
    Call = 1,
    /// <summary>Put option (<c>P</c>).</summary>
    Put = 2,
    /// <summary>Outright future (<c>F</c>).</summary>
    Future = 3,
}
