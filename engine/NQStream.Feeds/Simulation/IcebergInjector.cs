namespace NQStream.Feeds.Simulation;

/// <summary>
/// A native iceberg: a resting order showing a small clip at the best price of its side; each time other
/// traders' aggressor events fill the clip completely, the exchange re-adds the same order id with a new
/// clip at the same price in the same event (algorithms.md 4.7, native (b)). It ends when the hidden size
/// is used up, or is cancelled when the market leaves it two levels behind or a re-quote would cross it.
/// The label's side and delta are the resting owner's; the aggressors that fill it trade the other way.
/// </summary>
internal sealed class IcebergInjector : FlowScript
{
    private SimInstrument? _inst;
    private byte _side;
    private ulong _orderId;
    private long _price;
    private uint _clip;
    private long _hidden;
    private long _executed;
    private double _premium;
    private double _delta;
    private int _events;
    private int _refills;
    private int _attempts;
    private ulong _first;
    private ulong _last;

    public IcebergInjector(bool informed)
        : base(informed)
    {
    }

    public override ulong Step(DaySimulator day, ulong now) => _inst is null ? Start(day, now) : Child(day, now);

    private ulong Start(DaySimulator day, ulong now)
    {
        var rng = day.FlowRandom;
        if (++_attempts > 20)
        {
            return Done;
        }

        var inst = day.PickOption(-1, i => Math.Abs(Math.Log(i.Strike / i.ExactForward)) <= 0.02 && i.Fair is >= 2.0 and <= 200.0);
        if (inst is null)
        {
            return now + 30_000_000_000UL;
        }

        var ownerSign = rng.Chance(0.5) ? 1 : -1;
        var side = SideFor(inst, ownerSign);
        _clip = (uint)rng.NextInt(5, 25);
        var refills = rng.NextInt(3, 8);
        var absDelta = Math.Max(Math.Abs(inst.Delta), 0.01);

        // The aggressors filling it trade the opposite delta: keep that under the quiet cap.
        var room = day.Room(inst.UnderlyingSlot, -ownerSign);
        var maxTotal = (long)(Math.Min(room, day.Options.QuietDeltaCap) / (100.0 * absDelta));
        while (refills > 2 && _clip * (refills + 1L) > maxTotal)
        {
            refills--;
        }

        if (_clip * (refills + 1L) > maxTotal || !inst.Book.TryBest(side, false, out var price))
        {
            return now + 60_000_000_000UL;
        }

        _inst = inst;
        _side = side;
        _price = price;
        _hidden = _clip * (long)refills;
        _orderId = day.Flow.Add(inst, now, side, price, _clip, OrderOwner.Iceberg);
        return now + (ulong)(rng.Uniform(1, 10) * 1e9);
    }

    private ulong Child(DaySimulator day, ulong now)
    {
        var inst = _inst!;
        var book = inst.Book;
        var slot = book.IndexOf(_orderId);
        if (slot < 0 || !inst.Active)
        {
            return Finish(day);
        }

        Span<long> levels = stackalloc long[3];
        var n = book.Levels(_side, levels);
        if (n == 0 || (n == 3 && (_side == Sides.Bid ? _price < levels[2] : _price > levels[2])))
        {
            day.Flow.Cancel(inst, now, slot, book[slot].Size);
            return Finish(day);
        }

        // Everything ahead of the iceberg (better prices, or its price with earlier priority) plus its clip.
        var priority = book[slot].Priority;
        long quantity = 0;
        for (var i = 0; i < book.Count; i++)
        {
            ref var o = ref book[i];
            if (o.Side != _side)
            {
                continue;
            }

            var better = _side == Sides.Bid ? o.Price > _price : o.Price < _price;
            if (better || (o.Price == _price && o.Priority <= priority))
            {
                quantity += o.Size;
            }
        }

        var refill = (uint)Math.Min(_clip, _hidden);
        var shown = book[slot].Size;
        day.UpdateFair(inst, now);
        var aggressorSign = -Sides.Sign(_side) * (inst.IsCall ? 1 : -1);
        if (100.0 * quantity * Math.Abs(inst.Delta) > day.Room(inst.UnderlyingSlot, aggressorSign))
        {
            // The fill would push the underlying's rolling delta past the quiet cap: wait.
            return now + (ulong)(day.FlowRandom.Uniform(10, 40) * 1e9);
        }

        var r = day.Flow.Aggress(inst, now, Sides.Opposite(_side), _price, (uint)quantity, _orderId, refill);
        day.ScheduleRefill(inst, now + 300_000);
        if (r.IcebergFilled > 0)
        {
            if (_events == 0)
            {
                _first = now;
            }

            _last = now;
            _events++;
            _executed += r.IcebergFilled;
            _premium += r.IcebergPremiumUsd;
            _delta += 100.0 * Sides.Sign(_side) * r.IcebergFilled * inst.Delta;
        }

        if (r.IcebergFilled == shown && refill > 0)
        {
            _hidden -= refill;
            _refills++;
        }

        if (book.IndexOf(_orderId) < 0)
        {
            return Finish(day);
        }

        return now + (ulong)(day.FlowRandom.Uniform(2, 20) * 1e9);
    }

    private ulong Finish(DaySimulator day)
    {
        if (_executed == 0)
        {
            return Done;
        }

        var inst = _inst!;
        day.AddLabel(new FlowLabel
        {
            Id = day.NextLabelId(),
            Kind = LabelKind.Iceberg,
            TradeDate = day.TradeDate,
            TsEvent = _first,
            TsEventLast = _last,
            InstrumentId = inst.Id,
            RawSymbol = inst.RawSymbol,
            UnderlyingId = inst.Future.InstrumentId,
            Side = (char)_side,
            Contracts = _executed,
            PremiumUsd = _premium,
            Delta = _delta,
            Informed = Informed,
            Events = _events,
            Levels = 1,
            Refills = _refills,
            TodBucket = day.Bucket(_first),
        });
        if (Informed)
        {
            day.Inform(Math.Sign(_delta));
        }

        return Done;
    }
}
