using NQStream.Market.Book;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Baseline;
using NQStream.Operators.Classification.MarketMaking;
using NQStream.Operators.Confidence;
using NQStream.Operators.Decision;
using NQStream.Operators.Options;
using NQStream.Operators.Risk;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

public sealed partial class IfdPipeline
{
    private void OnAggressor(in AggressorEvent built)
    {
        AggressorEvents++;
        _pressure.OnAggressor(built.InstrumentId, built.TsEvent, built.Sign, built.Quantity, built.PremiumUsd);
        if (!built.IsOption || !_registry.TryGet(built.InstrumentId, out var option) || option.IsExpiredAt(built.TsEvent))
        {
            return;
        }

        var e = Enrich(in built, option, out var iv, out var cell);
        if (e.UnderlyingId == 0)
        {
            UnenrichedOptionEvents++;
            return;
        }

        // Δ null (no valid mid, IV not solved): the contracts still count in v and the signed volumes (§5.4, §5.5);
        // FE, the cell, the emergency window and event signals need Δ.
        var hasDelta = e.Delta is not null;
        if (hasDelta)
        {
            EnrichedOptionEvents++;
        }
        else
        {
            UnenrichedOptionEvents++;
        }

        var ts = e.TsEvent;
        var bucketStart = BucketStartOf(ts);
        if (bucketStart == long.MinValue)
        {
            return;
        }

        if (bucketStart != _bucketStart)
        {
            if (_bucketStart != long.MinValue)
            {
                CloseBucket();
            }

            _bucketStart = bucketStart;
            _bucketEnd = bucketStart + TradingSession.BucketNs;
        }

        var delta = e.Delta ?? 0.0;
        if (hasDelta)
        {
            _levels.OnOptionFlow(e.InstrumentId, ts, e.Sign * e.Quantity * delta, iv);
            if (Math.Abs(delta) is >= 0.4 and <= 0.6 && iv is double sigma)
            {
                _atmIv[e.UnderlyingId] = sigma;
            }
        }

        var type = option.Class == InstrumentClass.Put ? OptionType.Put : OptionType.Call;
        var date = _tradeDates.Of(ts);
        BiasOf(e.UnderlyingId).OnEvent(new BiasEvent(ts, (date.Year * 10_000) + (date.Month * 100) + date.Day, type, e.Sign,
            (int)Math.Min(e.Quantity, int.MaxValue), e.VwapPts, e.Delta));
        var institutional = _size.IsInstitutional(in e);
        var distance = _distance.Evaluate(option.Strike ?? double.NaN, e.UnderlyingMid);
        var taker = _taker.Measure(in e);

        var flow = FlowOf(e.InstrumentId, e.UnderlyingId, option.RawSymbol);
        if (flow.BucketStart != bucketStart)
        {
            flow.Reset(bucketStart);
        }

        if (flow.VBuy + flow.VSell + flow.VUnknown == 0)
        {
            _bucketMembers.Add(flow);
        }

        if (e.Sign > 0) { flow.VBuy += e.Quantity; flow.EventsBuy++; flow.InstitutionalBuy |= institutional; }
        else if (e.Sign < 0) { flow.VSell += e.Quantity; flow.EventsSell++; flow.InstitutionalSell |= institutional; }
        else { flow.VUnknown += e.Quantity; }

        flow.FeNet += e.Sign * e.Quantity * delta;
        flow.PremiumUsd += e.PremiumUsd;
        flow.LargestPremium = Math.Max(flow.LargestPremium, e.PremiumUsd);
        flow.Futures = e.UnderlyingMid ?? flow.Futures;
        flow.Delta = e.Delta ?? flow.Delta;
        flow.Iv = iv ?? flow.Iv;
        if (distance.Distance is not null)
        {
            flow.Distance = distance.Distance;
            flow.Within = distance.Within;
        }

        flow.Suspect |= e.PreState == BookState.Suspect;
        flow.LastTs = ts;
        if (_ratio is not null && _ratio.OnTrade(ts, e.InstrumentId, (uint)Math.Min(e.Quantity, uint.MaxValue), cell, out var ratio))
        {
            flow.Ratio = ratio;
            flow.HasRatio = true;
            if (ratio.Volume >= _o.Baseline.VolumeFloor)
            {
                _family.Set(e.InstrumentId, DirectionOf(flow).PValue);
            }
        }

        var em = new EmergencySink(this);
        _emergency.OnEvent(in e, ref em);
        var dflow = new DeltaFlowSink(this);
        _underlyingPressure.OnEvent(in e, ref dflow);

        // An event signal: institutional size anywhere, or an institutional-looking event (§5.7) near the money.
        var mm = _mm.ScoreTaker(in taker);
        if (hasDelta && e.Sign != 0 && (institutional || (distance.Within && mm.Label == MmLabel.Institutional)))
        {
            EmitFlowEvent(in e, flow, mm, institutional);
        }

        EvaluateShock(flow, final: false);
    }

    private AggressorEvent Enrich(in AggressorEvent e, Instrument option, out double? iv, out BaselineCell? cell)
    {
        iv = null;
        cell = null;
        var underlying = _registry.UnderlyingOfId(e.InstrumentId);
        if (!underlying.IsResolved || option.Strike is not double k)
        {
            return e;
        }

        var mid = MidOf(underlying.Id, e.TsEvent);
        if (mid is null)
        {
            NoUnderlyingMid++;
        }

        double? delta = null;
        if (mid is double f && e.Quantity > 0)
        {
            var type = option.Class == InstrumentClass.Put ? OptionType.Put : OptionType.Call;
            var years = TimeToExpiry.Years(option.ExpirationNs, e.TsEvent);
            var rate = _o.Black76.RiskFreeRate;
            if (years > 0 && ImpliedVol.Solve(e.VwapPts, f, k, years, rate, type, in _iv).Volatility is double sigma)
            {
                iv = sigma;
                IvSolved++;
                delta = Black76.Compute(f, k, TimeToExpiry.ForGreeks(years, _minYears), rate, sigma, type).Delta;
                var tod = TradingSession.BucketOf(e.TsEvent);
                var dte = TradeCellResolver.TradeDatesBetween(_tradeDates.Of(e.TsEvent), TradingSession.TradeDateOf(option.ExpirationNs));
                if (tod >= 0 && BaselineCell.TryCreate(option.ExpiryClass, dte, delta.Value, type == OptionType.Put, tod, out var c))
                {
                    cell = c;
                }
            }
        }

        return e with { UnderlyingId = underlying.Id, UnderlyingMid = mid, Delta = delta };
    }

    private BucketFlow FlowOf(uint instrumentId, uint underlyingId, string rawSymbol)
    {
        if (!_flows.TryGetValue(instrumentId, out var flow))
        {
            flow = new BucketFlow(instrumentId, underlyingId, rawSymbol);
            flow.Reset(long.MinValue);
            _flows.Add(instrumentId, flow);
        }

        return flow;
    }

    private DirectionTestResult DirectionOf(BucketFlow flow) =>
        DirectionTest.Compute(flow.VBuy, flow.VSell, flow.EventsBuy, flow.EventsSell, _o.Confidence);

    /// <summary>Confirmed class, priority and confidence of an instrument's bucket so far (§5.5–5.6).</summary>
    private Assessment Assess(BucketFlow flow)
    {
        var test = DirectionOf(flow);
        var q = test.PValue;
        var significant = false;
        var inFamily = flow.HasRatio && flow.Ratio.Volume >= _o.Baseline.VolumeFloor;
        if (inFamily && flow.HasRatio && flow.Ratio.Class > RatioClass.None)
        {
            if (_family.TryDecide(flow.InstrumentId, _o.Confidence.FdrQ, out var qValue, out var sig))
            {
                q = qValue;
                significant = sig;
            }
        }

        var raw = flow.HasRatio ? flow.Ratio.Class : RatioClass.None;
        var confirmed = ConfirmedClass.Of(raw, significant);
        var direction = ConfirmedClass.DirectionOf(flow.FeNet);
        var zSign = test.Z is double z ? Math.Sign(z) : 0;
        var institutional = flow.InstitutionalOn(zSign);
        var priority = Priority.Of(false, confirmed, institutional, flow.Within, test.Z, _o.Priority);
        return new Assessment(test, q, significant, confirmed, direction, institutional, priority);
    }

    private void EvaluateShock(BucketFlow flow, bool final)
    {
        if (!flow.HasRatio || flow.Ratio.Class == RatioClass.None)
        {
            return;
        }

        var a = Assess(flow);
        if (a.Direction == SignalDirection.Neutral)
        {
            return;
        }

        var rises = !flow.Emitted || a.Priority > flow.EmittedPriority || (a.Priority == flow.EmittedPriority && a.Class > flow.EmittedClass);
        var changedAtClose = final && flow.Emitted && (a.Priority != flow.EmittedPriority || a.Class != flow.EmittedClass);
        if (!(final ? changedAtClose : rises))
        {
            return;
        }

        flow.Emitted = true;
        flow.EmittedPriority = a.Priority;
        flow.EmittedClass = a.Class;
        EmitShock(flow, a, final);
    }

    private void CloseBucket()
    {
        foreach (var flow in _bucketMembers)
        {
            if (flow.BucketStart == _bucketStart)
            {
                EvaluateShock(flow, final: true);
                if (flow.HasRatio)
                {
                    var r = flow.Ratio;
                    _sink.OnBucketClose(new BucketRatio(flow.InstrumentId, flow.RawSymbol, _bucketStart, _bucketEnd, flow.VBuy + flow.VSell + flow.VUnknown,
                        flow.VBuy, flow.VSell, r.Ratio, r.ZRob, DirectionOf(flow).Z));
                }
            }
        }

        _bucketMembers.Clear();
        _family.Clear();
        _bucketStart = long.MinValue;
        _bucketEnd = long.MaxValue;
    }

    private readonly record struct Assessment(
        DirectionTestResult Test, double QValue, bool Significant, RatioClass Class, SignalDirection Direction, bool Institutional, SignalPriority Priority)
    {
        public double Confidence => ConfirmedClass.Confidence(QValue);
    }

    /// <summary>The §7.5 positioning bias of an underlying (institutional option flow over the trade date and the rolling window).</summary>
    private PositioningBias BiasOf(uint underlyingId)
    {
        if (!_bias.TryGetValue(underlyingId, out var bias))
        {
            bias = new PositioningBias(_biasSettings);
            _bias.Add(underlyingId, bias);
        }

        return bias;
    }
}
