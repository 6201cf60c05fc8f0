namespace NQStream.Feeds.Simulation;

/// <summary>
/// A sweep (one aggressor event across 2–4 price levels) or a block (one aggressor event at one price of at
/// least <see cref="SimulationOptions.BlockMinPremiumUsd"/>) in a near-the-money option. Liquidity is rested
/// at the levels just before, so the size is there; the side is chosen, and the size capped, so the
/// underlying's rolling delta stays under the quiet cap (only emergencies may reach the threshold).
/// </summary>
internal sealed class SweepInjector : FlowScript
{
    private readonly bool _sweep;
    private int _attempts;

    public SweepInjector(bool informed, bool sweep)
        : base(informed) => _sweep = sweep;

    public override ulong Step(DaySimulator day, ulong now)
    {
        var rng = day.FlowRandom;
        var o = day.Options;
        if (++_attempts > 20)
        {
            return Done;
        }

        var inst = day.PickOption(-1, i => Math.Abs(Math.Log(i.Strike / i.ExactForward)) <= 0.02 && i.Fair is >= 3.0 and <= 400.0);
        if (inst is null)
        {
            return now + 30_000_000_000UL;
        }

        var levels = _sweep ? rng.NextInt(2, Math.Min(4, o.QuoteLevels)) : 1;
        var deltaSign = rng.Chance(0.5) ? 1 : -1;
        var absDelta = Math.Max(Math.Abs(inst.Delta), 0.01);
        var premium = o.BlockMinPremiumUsd * (_sweep ? rng.Uniform(0.6, 2.5) : rng.Uniform(1.05, 2.5));
        var side = SideFor(inst, deltaSign);
        if (!inst.Book.TryBest(Sides.Opposite(side), false, out var touch))
        {
            return now + 5_000_000_000UL;
        }

        var contracts = (long)Math.Ceiling(premium / (20.0 * PriceGrid.ToPoints(touch)));
        var room = day.Room(inst.UnderlyingSlot, deltaSign);
        if (100.0 * contracts * absDelta > room)
        {
            deltaSign = -deltaSign;
            side = SideFor(inst, deltaSign);
            room = day.Room(inst.UnderlyingSlot, deltaSign);
        }

        var cap = (long)(Math.Min(room, o.QuietDeltaCap) / (100.0 * absDelta));
        if (contracts > cap)
        {
            if (!_sweep || cap < 2 * levels)
            {
                return now + 60_000_000_000UL;
            }

            contracts = cap;
        }

        var ts = now;
        var r = TakeLevels(day, inst, side, contracts, levels, ref ts, Math.Max(contracts, cap));
        if (r.Contracts == 0)
        {
            return now + 5_000_000_000UL;
        }

        day.AddLabel(new FlowLabel
        {
            Id = day.NextLabelId(),
            Kind = _sweep ? LabelKind.Sweep : LabelKind.Block,
            TradeDate = day.TradeDate,
            TsEvent = ts,
            TsEventLast = ts,
            InstrumentId = inst.Id,
            RawSymbol = inst.RawSymbol,
            UnderlyingId = inst.Future.InstrumentId,
            Side = (char)side,
            Contracts = r.Contracts,
            PremiumUsd = r.PremiumUsd,
            Delta = r.DeltaX100,
            Informed = Informed,
            Events = 1,
            Levels = r.Levels,
            TodBucket = day.Bucket(ts),
        });
        if (Informed)
        {
            day.Inform(Math.Sign(r.DeltaX100));
        }

        return Done;
    }
}
