using FluentAssertions;
using NQStream.Market.Instruments;
using Xunit;

namespace NQStream.Market.Tests.Instruments;

/// <summary>Chain ordering, grouping by root and expiry, lookups and duplicates.</summary>
public sealed class OptionChainTests
{
    [Fact]
    public void Chain_is_sorted_and_independent_of_arrival_order()
    {
        var u5 = Defs.At0830(new DateOnly(2025, 9, 19));
        var wk = Defs.At1500(new DateOnly(2025, 9, 12));
        var z5 = Defs.At0830(new DateOnly(2025, 12, 19));
        var defs = new[]
        {
            Defs.Option(1, "NQZ5 C21000", "NQZ5", z5),
            Defs.Option(2, "NQU5 P20990", "NQU5", u5),
            Defs.Option(3, "NQU5 C21010", "NQU5", u5),
            Defs.Option(4, "QN2U5 C21000", "NQU5", wk),
            Defs.Option(5, "NQU5 C20990", "NQU5", u5),
            Defs.Option(6, "NQU5 P21010", "NQU5", u5),
            Defs.Option(7, "Q5CU5 P21000", "NQU5", wk),
        };
        string Render(IEnumerable<NQStream.Market.Dbn.Records.InstrumentDefMsg> input)
        {
            var registry = new InstrumentRegistry();
            foreach (var d in input)
            {
                registry.Apply(in d);
            }

            var chain = OptionChain.Build(registry);
            return string.Join(" | ", chain.Underlyings.Select(u => u.Symbol + ": " + string.Join("; ", u.Expiries.Select(e =>
                $"{e.Root}/{e.ExpiryClass}/" + string.Join(",", e.Strikes.Select(s => $"{s.Strike}:{s.Call?.InstrumentId}:{s.Put?.InstrumentId}"))))));
        }

        var expected = "NQU5: Q5C/Weekly/21000::7; QN2/Weekly/21000:4:; NQ/Quarterly/20990:5:2,21010:3:6 | NQZ5: NQ/Quarterly/21000:1:";
        Render(defs).Should().Be(expected);
        Render(defs.Reverse()).Should().Be(expected);
    }

    [Fact]
    public void Duplicate_series_keep_the_lower_id_and_lookups_find_it()
    {
        var u5 = Defs.At0830(new DateOnly(2025, 9, 19));
        var registry = new InstrumentRegistry();
        var a = Defs.Option(20, "NQU5 C21000", "NQU5", u5);
        var b = Defs.Option(10, "NQU5 C21000", "NQU5", u5);
        var future = Defs.Future(500, "NQU5", u5);
        registry.Apply(in a);
        registry.Apply(in b);
        registry.Apply(in future);
        var chain = OptionChain.Build(registry);
        (chain.OptionCount, chain.Duplicates).Should().Be((1, 1));
        chain.Find("NQU5", u5, 21_000 * Defs.Pt, InstrumentClass.Call)!.InstrumentId.Should().Be(10u);
        chain.Find("NQU5", u5, 21_000 * Defs.Pt, InstrumentClass.Put).Should().BeNull();
        chain.Find("NQZ5", u5, 21_000 * Defs.Pt, InstrumentClass.Call).Should().BeNull();
        chain.Underlyings.Single().Underlying.Should().Be(new UnderlyingRef(500, UnderlyingSource.FutureDefinition));
        chain.Underlyings.Single().Expiries.Single().TryGetStrike(21_000 * Defs.Pt, out var strike).Should().BeTrue();
        strike!.Strike.Should().Be(21000.0);
    }
}
