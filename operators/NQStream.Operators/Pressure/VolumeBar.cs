namespace NQStream.Operators.Pressure;

/// <summary>A time bar of trades (only bars holding trades exist).</summary>
/// <param name="StartNs">Bar start.</param>
/// <param name="Volume">Traded quantity.</param>
/// <param name="ClosePx">Price of the last trade, 1e-9 fixed point.</param>
/// <param name="Trades">Trades in the bar.</param>
public readonly record struct VolumeBar(long StartNs, long Volume, long ClosePx, int Trades);
