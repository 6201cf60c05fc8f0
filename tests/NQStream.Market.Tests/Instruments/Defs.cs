using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Sessions;

namespace NQStream.Market.Tests.Instruments;

/// <summary>Builds v3 definition and statistics records the way the GLBX.MDP3 feed fills them.</summary>
internal static class Defs
{
    public const long Pt = DbnConstants.FixedPriceScale;

    /// <summary>08:30 CT on <paramref name="date"/> (quarterly expiry), ns.</summary>
    public static long At0830(DateOnly date) => CentralTime.ToUnixNs(date, new TimeOnly(8, 30));

    /// <summary>15:00 CT on <paramref name="date"/> (weekly/EOM expiry), ns.</summary>
    public static long At1500(DateOnly date) => CentralTime.ToUnixNs(date, new TimeOnly(15, 0));

    public static InstrumentDefMsg Option(uint id, string rawSymbol, string underlying, long expirationNs,
        char action = 'A', uint underlyingId = 0, long unitOfMeasureQty = 20 * Pt, ulong tsEvent = 1)
    {
        var space = rawSymbol.IndexOf(' ', StringComparison.Ordinal);
        var cls = rawSymbol[space + 1];
        var strike = long.Parse(rawSymbol[(space + 2)..], System.Globalization.CultureInfo.InvariantCulture) * Pt;
        var d = Base(id, rawSymbol, (byte)cls, expirationNs, action, tsEvent);
        d.StrikePrice = strike;
        d.UnderlyingId = underlyingId;
        d.UnitOfMeasureQty = unitOfMeasureQty;
        DbnText.Write(d.Underlying, underlying);
        DbnText.Write(d.SecurityType, "OOF");
        DbnText.Write(d.Asset, rawSymbol[..(space - 2)]);
        return d;
    }

    public static InstrumentDefMsg Future(uint id, string rawSymbol, long expirationNs, char action = 'A', ulong tsEvent = 1)
    {
        var d = Base(id, rawSymbol, (byte)'F', expirationNs, action, tsEvent);
        d.MinPriceIncrement = Pt / 4;
        d.UnitOfMeasureQty = 20 * Pt;
        DbnText.Write(d.SecurityType, "FUT");
        DbnText.Write(d.Asset, "NQ");
        return d;
    }

    public static StatMsg Stat(uint id, ushort statType, long price = DbnConstants.UndefPrice, long quantity = DbnConstants.UndefStatQuantity,
        byte action = 1, byte flags = 0, ulong tsRef = DbnConstants.UndefTimestamp, ulong tsEvent = 1) => new()
    {
        Hd = new RecordHeader { Length = 20, RType = RType.Statistics, PublisherId = 1, InstrumentId = id, TsEvent = tsEvent },
        TsRecv = tsEvent + 10,
        TsRef = tsRef,
        Price = price,
        Quantity = quantity,
        StatType = statType,
        UpdateAction = action,
        StatFlags = flags,
    };

    private static InstrumentDefMsg Base(uint id, string rawSymbol, byte cls, long expirationNs, char action, ulong tsEvent)
    {
        var d = new InstrumentDefMsg
        {
            Hd = new RecordHeader { Length = 130, RType = RType.InstrumentDef, PublisherId = 1, InstrumentId = id, TsEvent = tsEvent },
            TsRecv = tsEvent + 10,
            MinPriceIncrement = DbnConstants.UndefPrice,
            DisplayFactor = Pt,
            Expiration = (ulong)expirationNs,
            Activation = DbnConstants.UndefTimestamp,
            StrikePrice = DbnConstants.UndefPrice,
            ContractMultiplier = int.MaxValue,
            InstrumentClass = cls,
            SecurityUpdateAction = (byte)action,
        };
        DbnText.Write(d.RawSymbol, rawSymbol);
        DbnText.Write(d.UnitOfMeasure, "IPNT");
        DbnText.Write(d.Currency, "USD");
        DbnText.Write(d.Exchange, "XCME");
        return d;
    }
}
