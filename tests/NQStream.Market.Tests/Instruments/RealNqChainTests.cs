using FluentAssertions;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;
using NQStream.TestSupport;

namespace NQStream.Market.Tests.Instruments;

/// <summary>The real NQ option definitions of 2025-06-10 (shared/data/nq-real) through registry and chain.</summary>
public sealed class RealNqChainTests
{
    private static (InstrumentRegistry Registry, OptionChain Chain) Build()
    {
        var registry = new InstrumentRegistry();
        foreach (var def in RealNqDefinitions.Read())
        {
            registry.Apply(in def);
        }

        return (registry, OptionChain.Build(registry));
    }

    [SharedDataFact]
    public void Counts_roots_and_classes_match_the_file()
    {
        var (registry, chain) = Build();
        registry.Count.Should().Be(1296);
        var all = registry.Current().ToList();
        all.Count(i => i.Class == InstrumentClass.Call).Should().Be(648);
        all.Count(i => i.Class == InstrumentClass.Put).Should().Be(648);
        all.Should().OnlyContain(i => i.Root == "NQ" && i.ExpiryClass == ExpiryClass.Quarterly);
        all.Should().OnlyContain(i => i.Multiplier == 20.0, "the NQ default multiplier applies when unit_of_measure_qty is absent");
        all.Should().OnlyContain(i => i.Tick == ContractFacts.Nq.OptionTick);
        chain.OptionCount.Should().Be(1296);
        chain.Duplicates.Should().Be(0);
        chain.Underlyings.Select(u => u.Symbol).Should().Equal("NQM5", "NQU5", "NQZ5", "NQH6", "NQZ6", "NQZ7", "NQZ8", "NQZ9");
        chain.Underlyings.Select(u => u.Expiries.Single().OptionCount).Should().Equal(450, 118, 120, 112, 126, 126, 122, 122);
    }

    [SharedDataFact]
    public void Every_expiry_is_0830_central_on_a_third_friday_across_dst()
    {
        var (_, chain) = Build();
        foreach (var u in chain.Underlyings)
        {
            var e = u.Expiries.Single();
            var ct = CentralTime.ToCentral(e.ExpirationNs);
            TimeOnly.FromDateTime(ct).Should().Be(new TimeOnly(8, 30), u.Symbol);
            ExpiryClassifier.IsThirdFriday(DateOnly.FromDateTime(ct)).Should().BeTrue(u.Symbol);
        }

        // 13:30 UTC in summer (CDT) and 14:30 UTC in December (CST) are the same 08:30 CT.
        chain.Underlyings[0].Expiries[0].ExpirationNs.Should().Be(new DateTimeOffset(2025, 6, 20, 13, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);
        chain.Underlyings[2].Expiries[0].ExpirationNs.Should().Be(new DateTimeOffset(2025, 12, 19, 14, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);
    }

    [SharedDataFact]
    public void Strike_grid_is_what_the_listing_shows()
    {
        var (_, chain) = Build();
        chain.TryGetUnderlying("NQM5", out var m5).Should().BeTrue();
        var strikes = m5!.Expiries[0].Strikes;
        strikes.Should().HaveCount(225);
        strikes.Should().BeInAscendingOrder(s => s.StrikeRaw);
        (strikes[0].Strike, strikes[^1].Strike).Should().Be((500.0, 31500.0));
        strikes.Should().OnlyContain(s => s.Call != null && s.Put != null, "every strike lists a call and a put");
        var steps = strikes.Zip(strikes.Skip(1), (a, b) => b.Strike - a.Strike).ToList();
        steps.Min().Should().Be(25.0, "the file lists NQM5 near the money at 25-point steps, not the 10-point listing step");
        chain.Underlyings.Skip(1).SelectMany(u => u.Expiries[0].Strikes).Should().OnlyContain(s => s.StrikeRaw % (250 * Defs.Pt) == 0);
        chain.Underlyings.SelectMany(u => u.Expiries[0].Strikes).Should().OnlyContain(s => s.StrikeRaw % (5 * Defs.Pt) == 0);
    }

    [SharedDataFact]
    public void Lookups_by_symbol_id_and_strike_agree()
    {
        var (registry, chain) = Build();
        registry.TryGetId("NQZ5 C20500", out var id).Should().BeTrue();
        id.Should().Be(135992u);
        registry.TryGet(id, out var option).Should().BeTrue();
        var found = chain.Find("NQZ5", option!.ExpirationNs, 20_500 * Defs.Pt, InstrumentClass.Call);
        found.Should().BeSameAs(option);
        chain.Find("NQZ5", option.ExpirationNs, 20_510 * Defs.Pt, InstrumentClass.Call).Should().BeNull();
    }

    [SharedDataFact]
    public void Underlyings_resolve_when_the_futures_arrive_after_the_options()
    {
        var (registry, _) = Build();
        registry.PendingUnderlyingCount.Should().Be(1296, "the file holds no futures and no underlying ids");
        registry.UnderlyingOfId(135992).Should().Be(default(UnderlyingRef));
        uint futureId = 900_000;
        foreach (var symbol in new[] { "NQM5", "NQU5", "NQZ5", "NQH6", "NQZ6", "NQZ7", "NQZ8", "NQZ9" })
        {
            var f = Defs.Future(futureId++, symbol, Defs.At0830(new DateOnly(2030, 1, 18)));
            registry.Apply(in f);
        }

        registry.PendingUnderlyingCount.Should().Be(0);
        registry.UnderlyingOfId(135992).Should().Be(new UnderlyingRef(900_002, UnderlyingSource.FutureDefinition), "NQZ5 C20500 → NQZ5");
        OptionChain.Build(registry).Underlyings.Should().OnlyContain(u => u.Underlying.IsDefined);
    }
}
