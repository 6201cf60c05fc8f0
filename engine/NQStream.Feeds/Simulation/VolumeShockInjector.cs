namespace NQStream.Feeds.Simulation;

/// <summary>
/// A volume shock: within one 30-minute time-of-day bucket, extra aggressor volume of (m − 1)× the normal
/// volume of that strike in that bucket (m drawn log-uniformly in [4, 60]; the normal volume is the
/// expected noise volume of the instrument there), at least <see cref="SimulationOptions.VolumeShockMinContracts"/>
/// contracts, in 2–20 child events mostly on one side. The label
/// carries the expected normal volume and the multiplier (normal + injected) / normal.
/// </summary>
internal sealed class VolumeShockInjector : FlowScript
{
    private SimInstrument? _inst;
    private int _bucket;
    private int _deltaSign;
    private long _remaining;
    private int _children;
    private ulong _interval;
    private double _normal;
    private long _contracts;
    private double _premium;
    private double _delta;
    private int _events;
    private ulong _first;
    private ulong _last;
    private int _attempts;

    public VolumeShockInjector(bool informed)
        : base(informed)
    {
    }

    public override ulong Step(DaySimulator day, ulong now) => _inst is null ? Start(day, now) : Child(day, now);

    private ulong Start(DaySimulator day, ulong now)
    {
        var rng = day.FlowRandom;
        if (++_attempts > 10)
        {
            return Done;
        }

        var bucket = day.Bucket(now);
        var start = day.BucketStart(bucket);
        if (now - start > TradingCalendar.BucketNs * 4 / 10)
        {
            // Start early in the next bucket so every child lands in the same bucket.
            return bucket + 1 >= TradingCalendar.BucketCount - 1 ? Done : day.BucketStart(bucket + 1) + (ulong)(rng.Uniform(0, 0.3) * TradingCalendar.BucketNs);
        }

        // The busiest of a few near-the-money candidates: its normal volume is the largest, so the multiple is meaningful.
        SimInstrument? best = null;
        for (var i = 0; i < 8; i++)
        {
            var c = day.PickOption(-1, x => Math.Abs(Math.Log(x.Strike / x.ExactForward)) <= 0.015 && x.Fair >= 1.0);
            if (c is not null && (best is null || c.Weight > best.Weight))
            {
                best = c;
            }
        }

        if (best is null)
        {
            return now + 60_000_000_000UL;
        }

        var normal = day.ExpectedNormalContracts(best, bucket);
        var multiple = Math.Exp(rng.Uniform(Math.Log(4.2), Math.Log(60.0)));
        // At least volume_shock_min_contracts: the §5.4 operator ignores buckets under its volume floor, so a
        // smaller "shock" in a strike that normally trades a fraction of a contract would be invisible by design.
        var extra = Math.Max((long)Math.Round((multiple - 1.0) * normal), day.Options.VolumeShockMinContracts);
        if (extra < 1 || (normal + extra) / normal < 4.0)
        {
            return now + 60_000_000_000UL;
        }

        _inst = best;
        _bucket = bucket;
        _normal = normal;
        _remaining = extra;
        _deltaSign = rng.Chance(0.5) ? 1 : -1;
        _children = (int)Math.Clamp(extra / 6, 2, 20);
        _children = (int)Math.Min(_children, extra);
        var end = day.BucketStart(bucket) + TradingCalendar.BucketNs - 30_000_000_000UL;
        _interval = (end - now) / (ulong)_children;
        return now + 1;
    }

    private ulong Child(DaySimulator day, ulong now)
    {
        var inst = _inst!;
        var rng = day.FlowRandom;
        if (!inst.Active || day.Bucket(now) != _bucket)
        {
            return Finish(day);
        }

        var size = _children <= 1 ? _remaining : Math.Max(1, _remaining / _children);
        day.UpdateFair(inst, now);
        var sign = rng.Chance(0.75) ? _deltaSign : -_deltaSign;
        var absDelta = Math.Max(Math.Abs(inst.Delta), 0.01);
        if (100.0 * size * absDelta > day.Room(inst.UnderlyingSlot, sign))
        {
            sign = -sign;
        }

        if (100.0 * size * absDelta > day.Room(inst.UnderlyingSlot, sign))
        {
            // No room either way right now: try again shortly (never shrink, the multiple must hold).
            return day.Bucket(now + 20_000_000_000UL) == _bucket ? now + 20_000_000_000UL : Finish(day);
        }

        if (size >= 1)
        {
            var ts = now;
            var r = TakeLevels(day, inst, SideFor(inst, sign), size, 1, ref ts, size);
            if (r.Contracts > 0)
            {
                if (_events == 0)
                {
                    _first = ts;
                }

                _last = ts;
                _events++;
                _contracts += r.Contracts;
                _remaining -= r.Contracts;
                _premium += r.PremiumUsd;
                _delta += r.DeltaX100;
            }
        }

        _children--;
        if (_remaining > 0 && _children <= 0)
        {
            _children = 1;
        }

        var next = now + _interval;
        return _remaining <= 0 || day.Bucket(next) != _bucket ? Finish(day) : next;
    }

    private ulong Finish(DaySimulator day)
    {
        if (_contracts == 0)
        {
            return Done;
        }

        var inst = _inst!;
        day.AddLabel(new FlowLabel
        {
            Id = day.NextLabelId(),
            Kind = LabelKind.VolumeShock,
            TradeDate = day.TradeDate,
            TsEvent = _first,
            TsEventLast = _last,
            InstrumentId = inst.Id,
            RawSymbol = inst.RawSymbol,
            UnderlyingId = inst.Future.InstrumentId,
            Side = (char)SideFor(inst, _deltaSign),
            Contracts = _contracts,
            PremiumUsd = _premium,
            Delta = _delta,
            Informed = Informed,
            Events = _events,
            Levels = 1,
            NormalContracts = _normal,
            Multiplier = (_normal + _contracts) / _normal,
            TodBucket = _bucket,
        });
        if (Informed && _delta != 0)
        {
            day.Inform(Math.Sign(_delta));
        }

        return Done;
    }
}
