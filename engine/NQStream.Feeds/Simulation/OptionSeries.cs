namespace NQStream.Feeds.Simulation;

/// <summary>
/// One listed option expiry: root (<c>NQ</c>, <c>QNE</c>, <c>QN3</c>, <c>Q2C</c>…), class, expiry date and
/// instant, the underlying quarterly future and the listing instant (<c>activation</c>).
/// </summary>
internal sealed record OptionSeries(
    string Root,
    ExpiryClass Class,
    DateOnly ExpiryDate,
    ulong ExpirationNs,
    ulong ActivationNs,
    FutureContract Underlying,
    bool European)
{
    /// <summary>Series symbol: root + month code + year digit, e.g. <c>Q2CX6</c>, <c>NQZ6</c>.</summary>
    public string Symbol => Root + OptionSeriesCalendar.MonthCode(ExpiryDate.Month) + (char)('0' + (ExpiryDate.Year % 10));
}
