using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Instrument definitions shaped like GLBX.MDP3's for NQ (dbn.md §3.10, shared/data/nq-real): futures
/// <c>FUT</c>/class <c>F</c>/tick 0.25; options <c>OOF</c>/class <c>C</c>|<c>P</c> with variable tick
/// (<c>min_price_increment</c> UNDEF), <c>unit_of_measure</c> IPNT × 20, <c>underlying</c>/<c>underlying_id</c>
/// of the NQ quarterly, <c>asset</c> = root, raw symbols like <c>NQZ6 C21000</c> and <c>Q2CX6 P20950</c>.
/// </summary>
internal static class DefinitionFactory
{
    private const long Undef = long.MaxValue;

    public static InstrumentDefMsg Create(SimInstrument inst, ulong tsEvent, ulong tsRecv)
    {
        var d = new InstrumentDefMsg
        {
            Hd = new RecordHeader { Length = 130, RType = RType.InstrumentDef, PublisherId = 1, InstrumentId = inst.Id, TsEvent = tsEvent },
            TsRecv = tsRecv,
            MinPriceIncrement = inst.IsFuture ? PriceGrid.Quarter : Undef,
            DisplayFactor = inst.IsFuture ? 1_000_000_000L : 10_000_000L,
            Expiration = inst.ExpirationNs,
            Activation = inst.ActivationNs,
            HighLimitPrice = Undef,
            LowLimitPrice = Undef,
            MaxPriceVariation = Undef,
            UnitOfMeasureQty = 20_000_000_000L,
            MinPriceIncrementAmount = inst.IsFuture ? 5_000_000_000L : Undef,
            PriceRatio = Undef,
            StrikePrice = inst.IsFuture ? Undef : PriceGrid.ToRaw(inst.Strike),
            RawInstrumentId = inst.Id,
            LegPrice = Undef,
            LegDelta = Undef,
            InstAttribValue = int.MaxValue,
            UnderlyingId = inst.IsFuture ? 0u : inst.Future.InstrumentId,
            MarketDepthImplied = inst.IsFuture ? 2 : int.MaxValue,
            MarketDepth = 10,
            MarketSegmentId = inst.IsFuture ? 74u : 76u,
            MaxTradeVol = inst.IsFuture ? 3000u : 10000u,
            MinLotSize = int.MaxValue,
            MinLotSizeBlock = inst.IsFuture ? 4 : 1,
            MinLotSizeRoundLot = int.MaxValue,
            MinTradeVol = 1,
            ContractMultiplier = int.MaxValue,
            DecayQuantity = int.MaxValue,
            OriginalContractSize = int.MaxValue,
            ApplId = short.MaxValue,
            MaturityYear = (ushort)inst.Future.Year,
            DecayStartDate = ushort.MaxValue,
            ChannelId = inst.ChannelId,
            InstrumentClass = inst.InstrumentClass,
            MatchAlgorithm = (byte)'F',
            MainFraction = byte.MaxValue,
            PriceDisplayFormat = byte.MaxValue,
            SubFraction = byte.MaxValue,
            UnderlyingProduct = byte.MaxValue,
            SecurityUpdateAction = (byte)'A',
            MaturityMonth = (byte)(inst.Series?.ExpiryDate.Month ?? inst.Future.Month),
            MaturityDay = inst.Series is null ? byte.MaxValue : (byte)inst.Series.ExpiryDate.Day,
            MaturityWeek = byte.MaxValue,
            UserDefinedInstrument = (byte)'N',
            ContractMultiplierUnit = sbyte.MaxValue,
            FlowScheduleType = sbyte.MaxValue,
            TickRule = byte.MaxValue,
        };
        if (inst.Series is not null)
        {
            d.MaturityYear = (ushort)inst.Series.ExpiryDate.Year;
        }

        var root = inst.Series?.Root ?? "NQ";
        DbnText.Write(d.Currency, "USD");
        DbnText.Write(d.SettlCurrency, "USD");
        DbnText.Write(d.RawSymbol, inst.RawSymbol);
        DbnText.Write(d.Group, inst.IsFuture ? "NQ" : root);
        DbnText.Write(d.Exchange, "XCME");
        DbnText.Write(d.Asset, root);
        DbnText.Write(d.Cfi, inst.IsFuture ? "FFIXSX" : $"O{(inst.IsCall ? 'C' : 'P')}{(inst.Series!.European ? 'E' : 'A')}FPS");
        DbnText.Write(d.SecurityType, inst.IsFuture ? "FUT" : "OOF");
        DbnText.Write(d.UnitOfMeasure, "IPNT");
        DbnText.Write(d.Underlying, inst.IsFuture ? "" : inst.Future.Symbol);
        DbnText.Write(d.StrikePriceCurrency, inst.IsFuture ? "" : "USD");
        return d;
    }

    /// <summary>Metadata of a day file: GLBX.MDP3, the schema, the session bounds, parent symbols and instrument mappings.</summary>
    public static DbnMetadata Metadata(Schema schema, DateOnly tradeDate, IReadOnlyList<string> parents, IReadOnlyList<SymbolMapping> mappings) => new()
    {
        Dataset = "GLBX.MDP3",
        Schema = (ushort)schema,
        Start = TradingCalendar.SessionOpenNs(tradeDate),
        End = TradingCalendar.SessionCloseNs(tradeDate),
        StypeIn = 4,
        StypeOut = 0,
        Symbols = parents,
        Mappings = mappings,
    };
}
