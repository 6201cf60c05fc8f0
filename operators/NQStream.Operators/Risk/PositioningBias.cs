using NQStream.Market.Pricing;

namespace NQStream.Operators.Risk;

/// <summary>
/// Institutional positioning bias (algorithms.md §7.5) over the trade date so far and a rolling window:
/// bullish premium = call buys + put sells, bearish = put buys + call sells, B = (bull − bear)/(bull + bear);
/// BΔ the same with q·|Δ|·M. Only institutional events count (premium p·q·M ≥ min_premium_usd, §5.1) with a known
/// aggressor (s ≠ 0). Event time only; one writer.
/// </summary>
public sealed class PositioningBias
{
    private readonly BiasSettings _settings;
    private readonly Queue<BiasContribution> _rolling = new();
    private BiasSums _day;
    private BiasSums _window;
    private int _tradeDate;

    /// <summary>Creates the operator.</summary>
    public PositioningBias(BiasSettings settings) => _settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>Applies one aggressor event; a new trade date resets the trade-date window.</summary>
    public void OnEvent(in BiasEvent e)
    {
        if (e.TradeDate != _tradeDate)
        {
            _day = default;
            _tradeDate = e.TradeDate;
        }

        Expire(e.TsNs);
        double premium = e.Price * e.Quantity * _settings.Multiplier;
        if (e.Sign == 0 || e.Quantity <= 0 || premium < _settings.MinPremiumUsd)
        {
            return;
        }

        bool bullish = (e.Type == OptionType.Call) == (e.Sign > 0);
        double deltaWeight = e.Delta is double d ? e.Quantity * Math.Abs(d) * _settings.Multiplier : 0.0;
        var c = new BiasContribution(
            e.TsNs,
            bullish ? premium : 0.0,
            bullish ? 0.0 : premium,
            bullish ? deltaWeight : 0.0,
            bullish ? 0.0 : deltaWeight,
            e.Delta is not null);
        _day.Apply(c, 1);
        _window.Apply(c, 1);
        _rolling.Enqueue(c);
    }

    /// <summary>The bias of the current trade date so far.</summary>
    public BiasReading TradeDate() => _day.Read(_settings.LabelThreshold);

    /// <summary>The bias over the rolling window (t − w, t] ending at <paramref name="nowNs"/>.</summary>
    public BiasReading Rolling(long nowNs)
    {
        Expire(nowNs);
        return _window.Read(_settings.LabelThreshold);
    }

    private void Expire(long nowNs)
    {
        while (_rolling.Count > 0 && _rolling.Peek().TsNs <= nowNs - _settings.RollingWindowNs)
        {
            _window.Apply(_rolling.Dequeue(), -1);
        }

        if (_rolling.Count == 0)
        {
            _window = default; // no drift left behind by add/subtract of doubles
        }
    }
}
