namespace NQStream.Market.Events;

/// <summary>What a <see cref="MarketEvent"/> carries. One totally ordered stream holds all kinds.</summary>
public enum EventKind : byte
{
    /// <summary>Unused slot.</summary>
    None = 0,
    /// <summary>Market-by-order record: add, cancel, modify, clear, trade, fill, none (<see cref="MarketEvent.Action"/>).</summary>
    Mbo = 1,
    /// <summary>Instrument definition; the full record is in the instrument registry at <see cref="MarketEvent.Aux64"/>.</summary>
    Definition = 2,
    /// <summary>Statistic: <see cref="MarketEvent.StatType"/>, price in <see cref="MarketEvent.Price"/>, quantity in <see cref="MarketEvent.Aux64"/>.</summary>
    Statistic = 3,
    /// <summary>Trading status: status action in <see cref="MarketEvent.StatType"/>, reason in <see cref="MarketEvent.Aux32"/>.</summary>
    Status = 4,
    /// <summary>Trade print from a trades/TBBO feed (no book change).</summary>
    Trade = 5,
    /// <summary>Heartbeat / idle tick: advances the watermark in live mode, carries no market data.</summary>
    Heartbeat = 6,
    /// <summary>The feed reached its end (replay) or was stopped.</summary>
    EndOfStream = 7,
}
