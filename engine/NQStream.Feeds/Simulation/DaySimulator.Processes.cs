namespace NQStream.Feeds.Simulation;

/// <summary>The paced processes and the services institutional scripts use.</summary>
internal sealed partial class DaySimulator
{
    private int RunProcess(int kind)
    {
        switch (kind)
        {
            case FuturesMove:
                return MoveFutures();
            case OptionWave:
                return Wave(_now);
            case FuturesChurn:
                var fut = _inst[_rng.Chance(0.8) ? 0 : 1];
                if (_rng.Chance(0.5))
                {
                    var r = _noise.Trade(fut, _now, _windows[0]);
                    if (r.Records > 0)
                    {
                        ScheduleRefill(fut, _now + 50_000 + (ulong)_rng.NextInt(400_000));
                    }

                    return r.Records;
                }

                return _noise.LimitOrder(fut, _now, 4);
            case OptionChurn:
                var slot = _sampler.Sample(_rng);
                if (slot < 0)
                {
                    return 0;
                }

                var inst = _inst[slot];
                return _rng.Chance(0.5) ? _mm.Churn(inst, _now) : _noise.LimitOrder(inst, _now, 2);
            default:
                var s = _sampler.Sample(_rng);
                if (s < 0)
                {
                    return 0;
                }

                var opt = _inst[s];
                UpdateFair(opt, _now);
                var trade = _noise.Trade(opt, _now, _windows[opt.UnderlyingSlot]);
                if (trade.Records > 0)
                {
                    _noiseTrades++;
                    _noiseContracts += trade.Contracts;
                    ScheduleRefill(opt, _now + 100_000 + (ulong)_rng.NextInt(900_000));
                }

                return trade.Records;
        }
    }

    /// <summary>
    /// Advances the futures path; when a future's quote changes, an aggressor takes the old touch in the
    /// direction of the move and the market makers shift their ladder.
    /// </summary>
    private int MoveFutures()
    {
        var price = _path.Advance(_now);
        var records = 0;
        var ts = _now;
        for (var slot = 0; slot < 2; slot++)
        {
            var fut = _inst[slot];
            var oldBid = fut.QuotedBid;
            var oldAsk = fut.QuotedAsk;
            fut.Fair = slot == 0 ? price : _path.NextPrice;
            MarketMaker.Target(fut, out var bid, out _);
            if (bid == oldBid)
            {
                continue;
            }

            if (slot == 0)
            {
                var up = bid > oldBid;
                var touch = up ? oldAsk : oldBid;
                var resting = up ? Sides.Ask : Sides.Bid;
                var size = fut.Book.SizeAt(resting, touch);
                if (size > 0)
                {
                    records += _flow.Aggress(fut, ts, up ? Sides.Bid : Sides.Ask, touch, (uint)size).Records;
                    ts += 1_000;
                }
            }

            records += _mm.Quote(fut, ts, refill: true);
            ts += 1_000;
        }

        return records;
    }

    /// <summary>
    /// An options re-quote wave (paced like the other processes): every option whose fair value has left
    /// the middle of its quote since the last wave is re-quoted, one venue event per instrument, 0.5 µs apart.
    /// </summary>
    private int Wave(ulong ts)
    {
        var records = 0;
        for (var i = 2; i < _inst.Length; i++)
        {
            var inst = _inst[i];
            if (!inst.Active)
            {
                continue;
            }

            UpdateFair(inst, ts);
            if (MarketMaker.NeedsQuote(inst))
            {
                records += _mm.Quote(inst, ts, refill: false);
                ts += 500;
            }
        }

        _now = Math.Max(_now, ts);
        return records;
    }

    public void UpdateFair(SimInstrument inst, ulong ts)
    {
        if (inst.IsFuture)
        {
            inst.Fair = inst.UnderlyingSlot == 0 ? _path.Price : _path.NextPrice;
            inst.Delta = 1.0;
            return;
        }

        _fair.Update(inst, inst.UnderlyingSlot == 0 ? _path.Price : _path.NextPrice, ts);
    }

    /// <summary>
    /// Activity weights by moneyness and time to expiry: a Gaussian in standardised log-moneyness, 0DTE ×4,
    /// 1DTE ×2, monthlies ×0.6, quarterlies ×0.4.
    /// </summary>
    private void RebuildWeights()
    {
        _items.Clear();
        _weights.Clear();
        for (var i = 2; i < _inst.Length; i++)
        {
            var inst = _inst[i];
            if (!inst.Active || inst.ExpirationNs <= _now + 60_000_000_000UL)
            {
                inst.Weight = 0;
                continue;
            }

            var f = inst.UnderlyingSlot == 0 ? _path.Price : _path.NextPrice;
            var years = FairValueModel.Years(inst.ExpirationNs, _now);
            var width = Math.Max(0.004, _o.AtmVolatility * Math.Sqrt(years));
            var z = Math.Log(inst.Strike / f) / width;
            var days = (inst.ExpirationNs - _now) / 86_400e9;
            var dte = days < 1 ? 4.0 : days < 2 ? 2.0 : 1.0;
            var cls = inst.Class switch { ExpiryClass.Monthly => 0.6, ExpiryClass.Quarterly => 0.4, _ => 1.0 };
            var w = Math.Exp(-0.5 * z * z) * dte * cls;
            inst.Weight = w;
            if (w > 1e-6)
            {
                _items.Add(i);
                _weights.Add(w);
            }
        }

        _sampler.Build(_items, _weights);
    }

    /// <summary>A random active option (by activity weight) on <paramref name="underlyingSlot"/> (−1 = any) that passes <paramref name="accept"/>.</summary>
    public SimInstrument? PickOption(int underlyingSlot, Func<SimInstrument, bool> accept, int tries = 200)
    {
        for (var t = 0; t < tries; t++)
        {
            var s = _sampler.Sample(FlowRandom);
            if (s < 0)
            {
                return null;
            }

            var inst = _inst[s];
            if (underlyingSlot >= 0 && inst.UnderlyingSlot != underlyingSlot)
            {
                continue;
            }

            UpdateFair(inst, _now);
            if (inst.Active && inst.ExpirationNs > _now + 3_600_000_000_000UL && accept(inst))
            {
                return inst;
            }
        }

        return null;
    }

    /// <summary>Room for more |delta| (x100) in direction <paramref name="sign"/> before the underlying's window passes the quiet cap.</summary>
    public double Room(int underlyingSlot, int sign) =>
        _windows[underlyingSlot].EmergencyUntil > _now ? 0.0 : Math.Max(0.0, _o.QuietDeltaCap - (sign * _windows[underlyingSlot].At(_now)));

    /// <summary>Expected noise contracts of <paramref name="inst"/> in ToD bucket <paramref name="bucket"/> (the "normal" volume).</summary>
    public double ExpectedNormalContracts(SimInstrument inst, int bucket)
    {
        var rate = _rates[OptionTrade];
        var trades = _o.EventsPerDay * _o.TradeRecordShare / rate.RecordsPerEvent;
        var perTrade = _noiseTrades > 20 ? _noiseContracts / (double)_noiseTrades : NoiseTrader.MeanClip;
        return trades * perTrade * (inst.Weight / Math.Max(_sampler.TotalWeight, 1e-12)) * _profile.Weight(bucket);
    }

    /// <summary>Makes the futures drift <paramref name="sign"/> · informed move over the informed horizon from now.</summary>
    public void Inform(int sign)
    {
        var length = (ulong)(FlowRandom.Uniform(0.5, 1.0) * _o.InformedHorizonMinutes * 60e9);
        _path.AddDrift(_now, length, sign * _o.InformedMovePoints * FlowRandom.Uniform(0.7, 1.3));
    }

    public void AddLabel(FlowLabel label) => _labels.Add(label);

    public string NextLabelId() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sim-{_o.Seed}-{_date:yyyyMMdd}-{_labels.Count + 1:D4}");

    public DateOnly TradeDate => _date;

    public ulong Close => _close;
}
