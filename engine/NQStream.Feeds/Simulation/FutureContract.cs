namespace NQStream.Feeds.Simulation;

/// <summary>An NQ quarterly future: symbol (e.g. <c>NQZ6</c>), expiry date and last-trade instant (08:30 CT).</summary>
internal sealed record FutureContract(string Symbol, int Year, int Month, DateOnly ExpiryDate, ulong ExpirationNs, uint InstrumentId);
