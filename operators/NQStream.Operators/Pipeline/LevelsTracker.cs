using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;
using NQStream.Operators.Options;
using NQStream.Operators.Risk;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// Walls (§7.3) and battle zones (§7.4) inside the stream, for the §6.2 decision (battle-zone alignment of the
/// quality score, the <c>levels</c> bracket). Inputs: open interest from the statistics records, today's FE per
/// option (Σ s·q·Δ of its aggressor events, from the trade date's first event) and the last implied volatility solved
/// per option. Γ of an option uses its own last IV, else the underlying's ATM IV; a strike's GEX is null when none of
/// its options with open interest could be priced, and GEX is computed only when something reads it (GEX-ranked walls, or
/// a strike in the band whose flow reaches <c>flow_min_fe</c>: otherwise no zone can exist). Computed when a signal asks, at most once per
/// <c>gex.recompute_interval</c> of event time per underlying and again after any open-interest update (the §7.2
/// cadence), so the cost is per signal, not per record. Deterministic: only event time and the stream.
/// </summary>
public sealed class LevelsTracker
{
    private const double Multiplier = 20;

    private readonly InstrumentRegistry _registry;
    private readonly StatisticsBook _statistics = new();
    private readonly Dictionary<uint, OptionLevels> _options = [];
    private readonly List<OptionLevels> _unresolved = [];
    private readonly Dictionary<uint, UnderlyingChain> _chains = [];
    private readonly DealerSigns _signs;
    private readonly Risk.WallBasis _basis;
    private readonly BattleZoneSettings _zones;
    private readonly ExpiryFilter _expiries;
    private readonly double _rate;
    private readonly double _minYears;
    private readonly long _recomputeNs;
    private readonly List<(long Raw, double Strike, long OiCall, long OiPut, double Fe, double? CallGex, double? PutGex)> _scratch = [];
    private long _oiVersion;
    private TradeDateCache _dates;

    /// <summary>Creates the tracker over the pipeline's registry, with the gex, walls, battle_zones and black76 sections of <paramref name="options"/>.</summary>
    /// <param name="registry">Instruments (strike, type, expiry, underlying).</param>
    /// <param name="options">Operator parameters.</param>
    public LevelsTracker(InstrumentRegistry registry, OperatorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry;
        _signs = RiskSettingsOf.Signs(options.Gex);
        _basis = RiskSettingsOf.Basis(options.Walls);
        _zones = RiskSettingsOf.Zones(options.BattleZones);
        _expiries = options.Gex.ExpiryFilter;
        _rate = options.Black76.RiskFreeRate;
        _minYears = TimeToExpiry.FromSeconds(options.Black76.TMinGreeks.TotalSeconds);
        _recomputeNs = options.Gex.RecomputeInterval.Ticks * TimeSpan.NanosecondsPerTick;
    }

    /// <summary>Times the levels were computed.</summary>
    public long Computations { get; private set; }

    /// <summary>Applies an open-interest statistics record (new or delete); other records are ignored.</summary>
    /// <param name="e">A <see cref="EventKind.Statistic"/> event.</param>
    public void OnStatistic(in MarketEvent e)
    {
        if (e.Kind != EventKind.Statistic || e.StatType != StatType.OpenInterest)
        {
            return;
        }

        _statistics.Apply(in e);
        _statistics.TryGetOpenInterest(e.InstrumentId, out var oi);   // a delete leaves none: 0 (§7.2: OI missing → 0)
        var o = StateOf(e.InstrumentId);
        if (o.OpenInterest != oi)
        {
            o.OpenInterest = oi;
            _oiVersion++;
        }
    }

    /// <summary>An option aggressor event with a Δ: its FE (s·q·Δ) counts for today; its IV, when solved, is the option's latest.</summary>
    /// <param name="instrumentId">The option.</param>
    /// <param name="tsEvent">Event time (UNIX ns).</param>
    /// <param name="fe">s·q·Δ in futures equivalents.</param>
    /// <param name="iv">The IV solved from the event, or null.</param>
    public void OnOptionFlow(uint instrumentId, long tsEvent, double fe, double? iv)
    {
        var o = StateOf(instrumentId);
        var date = _dates.Of(tsEvent);
        if (o.FeDate != date)
        {
            o.FeDate = date;
            o.FeToday = 0;
        }

        o.FeToday += fe;
        o.Iv = iv ?? o.Iv;
    }

    /// <summary>The levels of <paramref name="underlyingId"/> at <paramref name="tsEvent"/> with forward <paramref name="forward"/>.</summary>
    /// <param name="underlyingId">The underlying future.</param>
    /// <param name="forward">F (points).</param>
    /// <param name="tsEvent">Event time (UNIX ns).</param>
    /// <param name="atmIv">The underlying's ATM IV, used for options without an IV of their own; null when unknown.</param>
    public ChainLevels Levels(uint underlyingId, double forward, long tsEvent, double? atmIv)
    {
        Resolve();
        if (!_chains.TryGetValue(underlyingId, out var chain))
        {
            chain = new UnderlyingChain();
            _chains.Add(underlyingId, chain);
        }

        if (chain.Cached is { } cached && chain.CachedVersion == _oiVersion && tsEvent >= cached.TsEvent && tsEvent - cached.TsEvent < _recomputeNs)
        {
            return cached;
        }

        chain.Cached = Compute(chain, forward, tsEvent, atmIv);
        chain.CachedVersion = _oiVersion;
        Computations++;
        return chain.Cached;
    }

    private ChainLevels Compute(UnderlyingChain chain, double forward, long tsEvent, double? atmIv)
    {
        if (!(forward > 0) || !double.IsFinite(forward))
        {
            return ChainLevels.None(forward, tsEvent);
        }

        chain.SortIfNeeded();
        var today = _dates.Of(tsEvent);
        long nearest = _expiries == ExpiryFilter.Nearest ? chain.NearestExpiry(tsEvent) : 0;
        var options = chain.Options;
        var strikes = _scratch;
        strikes.Clear();
        bool flowInBand = false;
        for (int i = 0; i < options.Count;)
        {
            long raw = options[i].StrikeRaw;
            double strike = options[i].Strike;
            long oiCall = 0, oiPut = 0;
            double fe = 0;
            for (; i < options.Count && options[i].StrikeRaw == raw; i++)
            {
                var o = options[i];
                if (Live(o, tsEvent, nearest))
                {
                    fe += o.FeDate == today ? o.FeToday : 0;
                    if (o.IsCall) { oiCall += o.OpenInterest; } else { oiPut += o.OpenInterest; }
                }
            }

            flowInBand |= Math.Abs(strike - forward) / forward <= _zones.Band && Math.Abs(fe) >= _zones.FlowMinFe;
            strikes.Add((raw, strike, oiCall, oiPut, fe, null, null));
        }

        // Γ only when something reads GEX: GEX-ranked walls, or a strike of the band whose flow passes the §7.4 floor
        // (without one there are no zones whatever the GEX). Exact, and it keeps a decision on a quiet chain cheap.
        if (flowInBand || _basis == Risk.WallBasis.Gex)
        {
            int k = 0;
            for (int i = 0; i < options.Count; k++)
            {
                long raw = options[i].StrikeRaw;
                double? callGex = null, putGex = null;
                for (; i < options.Count && options[i].StrikeRaw == raw; i++)
                {
                    var o = options[i];
                    if (Live(o, tsEvent, nearest) && o.OpenInterest != 0 && Gex(o, forward, tsEvent, atmIv) is double gex)
                    {
                        if (o.IsCall) { callGex = (callGex ?? 0) + gex; } else { putGex = (putGex ?? 0) + gex; }
                    }
                }

                strikes[k] = strikes[k] with { CallGex = callGex, PutGex = putGex };
            }
        }

        var perStrike = new List<StrikeGex>(strikes.Count);
        var inputs = new List<BattleZoneInput>(strikes.Count);
        foreach (var s in strikes)
        {
            double? total = s.CallGex is null && s.PutGex is null ? null : (s.CallGex ?? 0) + (s.PutGex ?? 0);
            perStrike.Add(new StrikeGex(s.Raw, s.Strike, s.OiCall, s.OiPut, s.CallGex, s.PutGex, total));
            inputs.Add(new BattleZoneInput(s.Strike, s.OiCall, s.OiPut, total, s.Fe));
        }

        var zones = flowInBand ? BattleZones.Compute(inputs, forward, _zones) : [];
        return new ChainLevels(forward, tsEvent, Walls.Compute(perStrike, forward, _basis), zones, perStrike);
    }

    /// <summary>Not expired (§7.2 excludes expired options) and inside <c>expiry_filter</c>.</summary>
    private bool Live(OptionLevels o, long tsEvent, long nearest) =>
        tsEvent < o.ExpirationNs && (_expiries != ExpiryFilter.Nearest || o.ExpirationNs == nearest);

    /// <summary>M·F²·0.01·g·Γ·OI of one option (§7.2); null when it has no IV and no ATM IV is known, or Black-76 rejects the inputs.</summary>
    private double? Gex(OptionLevels o, double forward, long tsEvent, double? atmIv)
    {
        if ((o.Iv ?? atmIv) is not double sigma)
        {
            return null;
        }

        var years = TimeToExpiry.ForGreeks(TimeToExpiry.Years(o.ExpirationNs, tsEvent), _minYears);
        var type = o.IsCall ? OptionType.Call : OptionType.Put;
        return Black76.TryCompute(forward, o.Strike, years, _rate, sigma, type, out var g) == PricingInputError.None
            ? Multiplier * forward * forward * 0.01 * (o.IsCall ? _signs.CallSign : _signs.PutSign) * g.Gamma * o.OpenInterest
            : null;
    }

    /// <summary>Files options seen before their definition (or their underlying's) under their underlying once the registry knows them.</summary>
    private void Resolve()
    {
        for (int i = _unresolved.Count - 1; i >= 0; i--)
        {
            var o = _unresolved[i];
            if (!_registry.TryGet(o.InstrumentId, out var option) || option.Class is not (InstrumentClass.Call or InstrumentClass.Put)
                || option.Strike is not double strike)
            {
                continue;
            }

            var underlying = _registry.UnderlyingOfId(o.InstrumentId);
            if (!underlying.IsResolved)
            {
                continue;
            }

            o.StrikeRaw = option.StrikeRaw;
            o.Strike = strike;
            o.IsCall = option.Class == InstrumentClass.Call;
            o.ExpirationNs = option.ExpirationNs;
            if (!_chains.TryGetValue(underlying.Id, out var chain))
            {
                chain = new UnderlyingChain();
                _chains.Add(underlying.Id, chain);
            }

            chain.Add(o);
            _unresolved.RemoveAt(i);
        }
    }

    private OptionLevels StateOf(uint instrumentId)
    {
        if (!_options.TryGetValue(instrumentId, out var o))
        {
            o = new OptionLevels(instrumentId);
            _options.Add(instrumentId, o);
            _unresolved.Add(o);
        }

        return o;
    }
}
