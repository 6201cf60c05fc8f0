using System.Diagnostics;

namespace NQStream.Market.Pricing;

/// <summary>
/// Black-76 price and sensitivities of one option (docs/algorithms.md §3). Units: price in index points; delta and
/// gamma per 1 point of F; vega per 1.00 of volatility (divide by 100 for a vol point); theta = dV/dt per year of
/// calendar time (divide by 365 for a day; negative = decay).
/// </summary>
[DebuggerDisplay("price={Price}, delta={Delta}, gamma={Gamma}, vega={Vega}, theta={Theta}")]
public readonly struct Greeks
{
    /// <summary>Creates the record.</summary>
    public Greeks(double price, double delta, double gamma, double vega, double theta, double nd2)
    {
        Price = price;
        Delta = delta;
        Gamma = gamma;
        Vega = vega;
        Theta = theta;
        Nd2 = nd2;
    }

    /// <summary>Option premium in index points.</summary>
    public double Price { get; }

    /// <summary>∂V/∂F: D·N(d1) for a call, −D·N(−d1) for a put.</summary>
    public double Delta { get; }

    /// <summary>∂²V/∂F², the same for call and put: D·n(d1)/(F·σ·√T).</summary>
    public double Gamma { get; }

    /// <summary>∂V/∂σ per 1.00 of volatility: D·F·n(d1)·√T.</summary>
    public double Vega { get; }

    /// <summary>dV/dt per year of calendar time: −D·F·n(d1)·σ/(2√T) + r·V.</summary>
    public double Theta { get; }

    /// <summary>N(d2): the risk-neutral probability that the future finishes above the strike.</summary>
    public double Nd2 { get; }
}
