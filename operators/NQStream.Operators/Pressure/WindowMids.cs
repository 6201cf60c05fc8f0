namespace NQStream.Operators.Pressure;

/// <summary>Mids at the two boundaries of a closed window (null when no <c>OK</c> state was seen).</summary>
/// <param name="StartNs">Window start.</param>
/// <param name="EndNs">Window end.</param>
/// <param name="MidStartTimesTwo">Bid + ask of the last OK state before the start (fixed point), or null.</param>
/// <param name="MidEndTimesTwo">Bid + ask of the last OK state before the end (fixed point), or null.</param>
internal readonly record struct WindowMids(long StartNs, long EndNs, long? MidStartTimesTwo, long? MidEndTimesTwo)
{
    /// <summary>Mid change over the window in points, or null.</summary>
    public double? DMidPts => MidStartTimesTwo is { } s && MidEndTimesTwo is { } e ? (e - s) * (Book.Quote.PointsPerUnit / 2) : null;

    /// <summary>Mid at the start in points, or null.</summary>
    public double? MidStartPts => MidStartTimesTwo * (Book.Quote.PointsPerUnit / 2);

    /// <summary>Mid at the end in points, or null.</summary>
    public double? MidEndPts => MidEndTimesTwo * (Book.Quote.PointsPerUnit / 2);
}
