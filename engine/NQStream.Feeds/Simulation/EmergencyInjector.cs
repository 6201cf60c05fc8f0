namespace NQStream.Feeds.Simulation;

/// <summary>
/// Emergency-size delta (algorithms.md 5.3): 6–12 aggressor events in near-the-money options of one
/// underlying within 1–4 minutes, all adding delta in one direction (buying calls when bullish, puts when
/// bearish) until |100·Σ s·q·Δ| is 1.3–2× the threshold, so X_u crosses it inside a 5-minute window. Other
/// injections on that underlying wait until the window has passed. Labelled on the underlying future.
/// </summary>
internal sealed class EmergencyInjector : FlowScript
{
    private int _slot = -1;
    private int _sign;
    private double _target;
    private int _children;
    private ulong _interval;
    private ulong _deadline;
    private long _contracts;
    private double _premium;
    private double _delta;
    private int _events;
    private int _levels;
    private ulong _first;
    private ulong _last;

    public EmergencyInjector(bool informed)
        : base(informed)
    {
    }

    public override ulong Step(DaySimulator day, ulong now)
    {
        var rng = day.FlowRandom;
        var o = day.Options;
        if (_slot < 0)
        {
            var slot = rng.Chance(0.85) ? 0 : 1;
            var w = day.Window(slot);
            if (w.EmergencyUntil > now || Math.Abs(w.At(now)) > o.QuietDeltaCap / 2 || now + 600_000_000_000UL > day.Close)
            {
                return now + 600_000_000_000UL > day.Close ? Done : now + 120_000_000_000UL;
            }

            _slot = slot;
            _sign = rng.Chance(0.5) ? 1 : -1;
            _target = o.EmergencyDelta * rng.Uniform(1.3, 2.0);
            _children = rng.NextInt(6, 12);
            _interval = (ulong)(rng.Uniform(60, 240) * 1e9) / (ulong)_children;
            _deadline = now + 270_000_000_000UL;
            w.EmergencyUntil = now + DeltaWindow.WindowNs;
        }

        var window = day.Window(_slot);
        var inst = day.PickOption(_slot, i => Math.Abs(i.Delta) is >= 0.25 and <= 0.7 && i.Fair >= 2.0 && (i.IsCall == (_sign > 0)));
        if (inst is not null)
        {
            var remaining = Math.Max(_target - (_sign * _delta), o.EmergencyDelta * 0.05);
            var size = (long)Math.Ceiling(remaining / (100.0 * Math.Abs(inst.Delta) * Math.Max(_children, 1)));
            var ts = now;
            var r = TakeLevels(day, inst, Sides.Bid, Math.Max(size, 2), rng.Chance(0.3) ? 2 : 1, ref ts);
            if (r.Contracts > 0)
            {
                if (_events == 0)
                {
                    _first = ts;
                }

                _last = ts;
                _events++;
                _contracts += r.Contracts;
                _premium += r.PremiumUsd;
                _delta += r.DeltaX100;
                _levels = Math.Max(_levels, r.Levels);
            }
        }

        window.EmergencyUntil = Math.Max(window.EmergencyUntil, now + DeltaWindow.WindowNs);
        _children--;
        var reached = _sign * _delta >= _target;
        var next = now + _interval;
        if ((_children <= 0 && _sign * _delta >= o.EmergencyDelta * 1.2) || reached || next > _deadline)
        {
            return Finish(day);
        }

        return next;
    }

    private ulong Finish(DaySimulator day)
    {
        var future = day.Future(_slot);
        if (_events > 0 && _sign * _delta >= day.Options.EmergencyDelta)
        {
            day.AddLabel(new FlowLabel
            {
                Id = day.NextLabelId(),
                Kind = LabelKind.Emergency,
                TradeDate = day.TradeDate,
                TsEvent = _first,
                TsEventLast = _last,
                InstrumentId = future.Id,
                RawSymbol = future.RawSymbol,
                UnderlyingId = future.Id,
                Side = _sign > 0 ? 'B' : 'A',
                Contracts = _contracts,
                PremiumUsd = _premium,
                Delta = _delta,
                Informed = Informed,
                Events = _events,
                Levels = _levels,
                TodBucket = day.Bucket(_first),
            });
            if (Informed)
            {
                day.Inform(_sign);
            }
        }

        day.Window(_slot).EmergencyUntil = Math.Max(day.Window(_slot).EmergencyUntil, _last + DeltaWindow.WindowNs);
        return Done;
    }
}
