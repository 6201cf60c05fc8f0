using NQStream.Market.Book;

namespace NQStream.Operators.Aggressor;

/// <summary>
/// One aggressor event (docs/algorithms.md §2.4): the run of <c>T</c> records of one instrument, one side, ending at
/// the record carrying <c>F_LAST</c> for that exchange event. Prices are index points (operator layer), quantities
/// contracts. The identity is (<see cref="InstrumentId"/>, <see cref="TsEvent"/>, <see cref="FirstSequence"/>).
/// </summary>
/// <remarks>
/// The enrichment fields (<see cref="UnderlyingId"/>, <see cref="UnderlyingMid"/>, <see cref="Delta"/>) are filled by
/// the caller with <c>with { … }</c> (a struct copy, no allocation); <see cref="OptionDelta"/> computes the delta.
/// </remarks>
public readonly record struct AggressorEvent
{
    /// <summary>Instrument id.</summary>
    public uint InstrumentId { get; init; }

    /// <summary>Publisher of the records (selects the book in a <see cref="BookSet"/>).</summary>
    public ushort PublisherId { get; init; }

    /// <summary><c>ts_event</c> of the run, ns since the UNIX epoch.</summary>
    public long TsEvent { get; init; }

    /// <summary>Venue sequence number of the first <c>T</c> record (part of the event id).</summary>
    public uint FirstSequence { get; init; }

    /// <summary>Side byte of the <c>T</c> records: <c>B</c> buy aggressor, <c>A</c> sell aggressor, <c>N</c> unknown.</summary>
    public byte Side { get; init; }

    /// <summary>Aggressor sign s: +1 buy, −1 sell, 0 unknown (excluded from every signed measure, §0.3).</summary>
    public int Sign { get; init; }

    /// <summary>Σ size of the <c>T</c> records, contracts.</summary>
    public long Quantity { get; init; }

    /// <summary>Number of <c>T</c> records (prints).</summary>
    public int Prints { get; init; }

    /// <summary>Price of the first print, points.</summary>
    public double PxFirst { get; init; }

    /// <summary>Price of the last print, points.</summary>
    public double PxLast { get; init; }

    /// <summary>Lowest print price, points.</summary>
    public double PxMin { get; init; }

    /// <summary>Highest print price, points.</summary>
    public double PxMax { get; init; }

    /// <summary>Σ p·size over the prints, points × contracts.</summary>
    public double NotionalPts { get; init; }

    /// <summary>Distinct print prices (price levels swept).</summary>
    public int Levels { get; init; }

    /// <summary>Dollars per point used for <see cref="PremiumUsd"/> (definition, else the product default: 20 for NQ).</summary>
    public double Multiplier { get; init; }

    /// <summary>True when the instrument is a call or a put (the premium filters apply to options only).</summary>
    public bool IsOption { get; init; }

    /// <summary>Resting orders filled: the number of <c>F</c> records of this event.</summary>
    public int PassiveOrders { get; init; }

    /// <summary>Σ size of the <c>F</c> records of this event, contracts.</summary>
    public long PassiveFillQty { get; init; }

    /// <summary>Passive order ids kept (≤ <c>max_passive_ids</c>); read them from the builder while the event is emitted.</summary>
    public int PassiveIdsKept { get; init; }

    /// <summary>True when the run was closed without its <c>F_LAST</c> (a later record of the instrument arrived, or a flush).</summary>
    public bool MissingLast { get; init; }

    /// <summary>State of the instrument's book before the event.</summary>
    public BookState PreState { get; init; }

    /// <summary>Best bid before the event, points; null when the bid side was empty.</summary>
    public double? PreBidPx { get; init; }

    /// <summary>Size at the best bid before the event, contracts.</summary>
    public long PreBidSz { get; init; }

    /// <summary>Best ask before the event, points; null when the ask side was empty.</summary>
    public double? PreAskPx { get; init; }

    /// <summary>Size at the best ask before the event, contracts.</summary>
    public long PreAskSz { get; init; }

    /// <summary>Enrichment: instrument id of the option's own underlying future; 0 when unknown.</summary>
    public uint UnderlyingId { get; init; }

    /// <summary>Enrichment: mid of the underlying future at the event, points; null when it had no valid mid (§0.3).</summary>
    public double? UnderlyingMid { get; init; }

    /// <summary>Enrichment: Black-76 delta per contract (per 1 point of F, discounted); null when not computable (§0.3).</summary>
    public double? Delta { get; init; }

    /// <summary>Volume-weighted print price Σ p·size / Σ size, points.</summary>
    public double VwapPts => Quantity > 0 ? NotionalPts / Quantity : 0.0;

    /// <summary>premium_usd = M·Σ p·size (for futures this is the traded notional).</summary>
    public double PremiumUsd => Multiplier * NotionalPts;

    /// <summary>A sweep: the event crossed two or more price levels.</summary>
    public bool IsSweep => Levels >= 2;

    /// <summary>Futures-equivalent delta s·q·Δ in NQ contracts; null when Δ is null. Zero for side N.</summary>
    public double? FuturesEquivalent => Delta is { } d ? Sign * Quantity * d : null;
}
