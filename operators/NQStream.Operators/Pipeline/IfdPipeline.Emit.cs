using NQStream.Operators.Aggressor;
using NQStream.Operators.Classification.MarketMaking;
using NQStream.Operators.Confidence;
using NQStream.Operators.Decision;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Filters;
using NQStream.Operators.Iceberg;
using NQStream.Market.Instruments;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

public sealed partial class IfdPipeline
{
    /// <summary>A single institutional-looking aggressor event (§5.7 label INSTITUTIONAL): SWEEP (≥ 2 levels) or BLOCK.</summary>
    private void EmitFlowEvent(in AggressorEvent e, BucketFlow flow, MmScore mm, bool institutional)
    {
        var a = Assess(flow);
        var direction = ConfirmedClass.DirectionOf(e.Sign * e.Quantity * e.Delta!.Value);
        var priority = Priority.Of(false, a.Class, institutional, flow.Within, a.Test.Z, _o.Priority);
        SignalFeature[] features =
        [
            new("premium_usd", Math.Round(e.PremiumUsd, 2)),
            new("qty", e.Quantity),
            new("levels", e.Levels),
            new("mm_score", Math.Round(mm.Score, 4)),
            new("delta", Math.Round(e.Delta!.Value, 4)),
            new("fe", Math.Round(e.Sign * e.Quantity * e.Delta!.Value, 3)),
            new("distance_pct", Math.Round((flow.Distance ?? 0) * 100, 3)),
            new("ratio", flow.HasRatio ? flow.Ratio.Ratio ?? 0 : 0),
        ];
        var kind = e.IsSweep ? SignalKind.Sweep : SignalKind.Block;
        var signal = SignalFactory.Create(kind, e.TsEvent, e.UnderlyingId, e.InstrumentId, flow.RawSymbol, direction, a.Class, priority,
            a.Confidence, Math.Clamp(mm.Score, 0, 1), features, ParameterSetId) with { DollarDelta = e.Sign * e.Quantity * e.Delta!.Value * 20 };
        Publish(signal, flow.Futures, flow.BucketStart, flow.Suspect, final: false, flow.HasRatio ? flow.Ratio.Ratio : null, flow.Iv);
    }

    /// <summary>A volume-ratio signal of an instrument's bucket (§5.4–5.6), on an upgrade or at the bucket's close.</summary>
    private void EmitShock(BucketFlow flow, Assessment a, bool final)
    {
        var r = flow.Ratio;
        SignalFeature[] features =
        [
            new("ratio", Math.Round(r.Ratio ?? 0, 4)),
            new("v", r.Volume),
            new("median", Math.Round(r.Median, 4)),
            new("z_rob", Math.Round(r.ZRob ?? 0, 4)),
            new("z", Math.Round(a.Test.Z ?? 0, 4)),
            new("q_value", Math.Round(a.QValue, 6)),
            new("v_buy", flow.VBuy),
            new("v_sell", flow.VSell),
            new("fe_net", Math.Round(flow.FeNet, 3)),
            new("premium_usd", Math.Round(flow.PremiumUsd, 2)),
            new("largest_event_premium", Math.Round(flow.LargestPremium, 2)),
            new("institutional", a.Institutional ? 1 : 0),
            new("fdr_significant", a.Significant ? 1 : 0),
            new("final", final ? 1 : 0),
        ];
        var signal = SignalFactory.Create(SignalKind.VolumeShock, flow.LastTs, flow.UnderlyingId, flow.InstrumentId, flow.RawSymbol, a.Direction, a.Class,
            a.Priority, a.Confidence, Math.Clamp(Math.Log(Math.Max(r.Ratio ?? 1, 1)) / Math.Log(50), 0, 1), features, ParameterSetId)
            with { DollarDelta = flow.FeNet * 20 };
        Publish(signal, flow.Futures, flow.BucketStart, flow.Suspect, final, r.Ratio, flow.Iv);
    }

    /// <summary>A confirmed iceberg (§4.7) in an option: the resting owner's side is the direction of the flow.</summary>
    private void OnIceberg(in IcebergCandidate c)
    {
        if (!_registry.TryGet(c.InstrumentId, out var option) || !option.IsOption || option.IsExpiredAt(c.TsEvent))
        {
            return;
        }

        var underlying = _registry.UnderlyingOfId(c.InstrumentId);
        if (!underlying.IsResolved)
        {
            return;
        }

        var ownerSign = c.Side == (byte)'B' ? 1 : -1;
        var deltaSign = option.Class == InstrumentClass.Put ? -1 : 1;
        var direction = ownerSign * deltaSign > 0 ? SignalDirection.Bullish : SignalDirection.Bearish;
        var premium = c.ExecutedQty * c.Price * (option.Multiplier ?? 20);
        var futures = MidOf(underlying.Id, c.TsEvent);
        var distance = _distance.Evaluate(option.Strike ?? double.NaN, futures);
        _flows.TryGetValue(c.InstrumentId, out var flow);
        var current = flow is not null && flow.BucketStart == _bucketStart ? flow : null;
        var a = current is null ? default(Assessment?) : Assess(current);
        var institutional = premium >= _size.MinPremiumUsd;
        var priority = Priority.Of(false, a?.Class ?? RatioClass.None, institutional, distance.Within, a?.Test.Z, _o.Priority);
        SignalFeature[] features =
        [
            new("clip", c.ClipSize),
            new("refills", c.Refills),
            new("executed_qty", c.ExecutedQty),
            new("price", c.Price),
            new("premium_usd", Math.Round(premium, 2)),
            new("native", c.Kind == IcebergKind.Native ? 1 : 0),
            new("distance_pct", Math.Round((distance.Distance ?? 0) * 100, 3)),
        ];
        var signal = SignalFactory.Create(SignalKind.Iceberg, c.TsEvent, underlying.Id, c.InstrumentId, option.RawSymbol, direction, a?.Class ?? RatioClass.None,
            priority, a?.Confidence ?? 0, Math.Min(1.0, premium / _size.MinPremiumUsd), features, ParameterSetId) with { DollarDelta = ownerSign * deltaSign * c.ExecutedQty * 20.0 };
        Publish(signal, futures, BucketStartOf(c.TsEvent), current?.Suspect ?? false, final: false, current is { HasRatio: true } ? current.Ratio.Ratio : null, current?.Iv);
    }

    private void OnEmergency(EmergencySignal em)
    {
        var symbol = _registry.TryGet(em.UnderlyingId, out var fut) ? fut.RawSymbol : "";
        List<SignalFeature> features =
        [
            new("x", Math.Round(em.X, 3)),
            new("fe_net", Math.Round(em.FeNet, 3)),
            new("fe_buy", Math.Round(em.FeBuy, 3)),
            new("fe_sell", Math.Round(em.FeSell, 3)),
            new("n_events", em.NEvents),
        ];
        foreach (var c in em.TopContributors)
        {
            features.Add(new SignalFeature("top_" + c.InstrumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Math.Round(c.FuturesEquivalent, 3)));
        }

        var direction = em.Direction > 0 ? SignalDirection.Bullish : SignalDirection.Bearish;
        var signal = SignalFactory.Create(SignalKind.Emergency, em.TsEvent, em.UnderlyingId, em.UnderlyingId, symbol, direction, RatioClass.None,
            SignalPriority.Immediate, 1.0, Math.Min(1.0, Math.Abs(em.X) / _o.Emergency.Threshold / 2), features, ParameterSetId) with { DollarDelta = em.FeNet * 20 };
        var f = MidOf(em.UnderlyingId, em.TsEvent);
        Publish(signal, f, BucketStartOf(em.TsEvent), false, final: false, null, _atmIv.TryGetValue(em.UnderlyingId, out var iv) ? iv : null);
    }

    /// <summary>
    /// Adds the §6.2 decision and hands the signal on: the bracket of <c>bracket_policy</c> (fixed, or levels from the
    /// walls and battle zones in the stream), the quality score's battle-zone alignment on the path to the target, p
    /// from the in-stream calibration once its key has enough outcomes before today, else the option-implied prior.
    /// </summary>
    private void Publish(Signal signal, double? futures, long bucketStart, bool suspect, bool final, double? ratio, double? iv)
    {
        var ev = _o.ExpectedValue;
        var atm = _atmIv.TryGetValue(signal.UnderlyingId, out var a) ? a : iv;
        var d = (int)signal.Direction;
        var levels = futures is double fl ? _levels.Levels(signal.UnderlyingId, fl, signal.TsEvent, atm) : null;
        var (target, stop) = ev.BracketPolicy == BracketPolicy.Levels
            ? levels?.LevelsBracket(d, levels.Forward, ev.LevelsMinTarget, ev.LevelsStopBuffer) ?? (0, 0)
            : (ev.FixedBracket.Target, ev.FixedBracket.Stop);
        var horizon = ev.FixedBracket.Horizon;
        var alignment = levels?.Alignment(d, levels.Forward, target) ?? ZoneAlignment.NoZone;
        var source = signal.Kind == SignalKind.Emergency ? CalibrationSource.Emergency : CalibrationSource.Flow;
        var key = CalibrationKey.Of(signal.Priority, source, target, stop, horizon);
        var decision = Decider.Decide(signal, target, stop, horizon, _calibration.Lookup(key, signal.TsEvent), futures, atm, ratio, alignment, _decision);
        var decided = signal with
        {
            Rationale = signal.Rationale + (decision.Accepted
                ? "; ACCEPT size=" + decision.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "; REJECT " + string.Join("; ", decision.Reasons)),
            ExpectedValue = decision.EvPoints,
            Probability = decision.Probability,
            Target = decision.Target,
            Stop = decision.Stop,
            Size = decision.Size,
            Features =
            [
                .. signal.Features, new("p_calibrated", decision.Source == ProbabilitySource.Calibrated ? 1 : 0), new("n_calibration", decision.CalibrationN),
                new("zone_alignment", QualityScore.AlignmentX(alignment)), new("zones", levels?.Zones.Count ?? 0),
                new("accepted", decision.Accepted ? 1 : 0), new("quality", Math.Round(decision.Quality?.Quality ?? 0, 4)),
                new("quality_setup", decision.Quality?.QualitySetup == true ? 1 : 0),
                .. BiasFeatures(signal.UnderlyingId, signal.TsEvent),
            ],
        };
        SignalsByPriority[(int)decided.Priority]++;
        SignalsByKind[(int)decided.Kind]++;
        var underlyingSymbol = _registry.TryGet(signal.UnderlyingId, out var u) ? u.RawSymbol : "";
        if (decided.Direction != SignalDirection.Neutral && futures is double f0)
        {
            _brackets.Track(decided.Id, decided.TsEvent, decided.UnderlyingId, (int)decided.Direction, f0);
            _calibration.Track(decided, bucketStart, key, f0);
        }

        _sink.OnSignal(decided, new SignalContext(underlyingSymbol, futures, bucketStart, suspect, final));
    }

    /// <summary>§7.5 positioning bias of the signal's underlying: B by premium over the trade date and the rolling window (absent without institutional events).</summary>
    private List<SignalFeature> BiasFeatures(uint underlyingId, long ts)
    {
        var features = new List<SignalFeature>(2);
        if (_bias.TryGetValue(underlyingId, out var bias))
        {
            if (bias.TradeDate().BPremium is double day)
            {
                features.Add(new("bias_day", Math.Round(day, 3)));
            }

            if (bias.Rolling(ts).BPremium is double rolling)
            {
                features.Add(new("bias_rolling", Math.Round(rolling, 3)));
            }
        }

        return features;
    }
}
