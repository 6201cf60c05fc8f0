using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>One aggressor event in an option, as the positioning-bias operator needs it (algorithms.md §7.5).</summary>
/// <param name="TsNs">ts_event (UNIX ns).</param>
/// <param name="TradeDate">Trade date (yyyymmdd) the event belongs to (§0.2).</param>
/// <param name="Type">Call or put.</param>
/// <param name="Sign">Aggressor sign: +1 buy, −1 sell, 0 unknown (ignored).</param>
/// <param name="Quantity">Contracts, &gt; 0.</param>
/// <param name="Price">Trade price (points).</param>
/// <param name="Delta">Black-76 Δ of the option at the event, null when unpriced (then left out of BΔ only).</param>
public readonly record struct BiasEvent(long TsNs, int TradeDate, OptionType Type, int Sign, int Quantity, double Price, double? Delta);
