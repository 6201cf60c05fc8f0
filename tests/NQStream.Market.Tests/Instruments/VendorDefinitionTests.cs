using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Market.Tests.Instruments;

/// <summary>The vendor definition fixtures (shared/data/dbn) through the registry, in every version.</summary>
public sealed class VendorDefinitionTests
{
    private static InstrumentRegistry Load(string file, byte fragmentVersion)
    {
        var registry = new InstrumentRegistry();
        var stats = new StatisticsBook();
        using var reader = DbnReader.Open(SharedData.DataPath("dbn", file), new DbnReaderOptions { Fragment = true, FragmentVersion = fragmentVersion });
        DefinitionLoader.Load(reader, registry, stats).Definitions.Should().BeGreaterThan(0);
        return registry;
    }

    [SharedDataTheory]
    [InlineData("test_data.definition.v3.dbn.frag", 3)]
    [InlineData("test_data.definition.v3.dbn.frag.zst", 3)]
    [InlineData("test_data.definition.v2.dbn.frag", 2)]
    [InlineData("test_data.definition.v1.dbn.frag", 1)]
    [InlineData("test_data.definition.v1.dbn.frag.zst", 1)]
    public void Es_put_has_its_vendor_facts(string file, byte version)
    {
        var registry = Load(file, version);
        registry.Count.Should().Be(2);
        registry.TryGetId("ESH1 P2250", out var id).Should().BeTrue();
        id.Should().Be(688141u);
        registry.TryGet(id, out var es).Should().BeTrue();
        es!.Class.Should().Be(InstrumentClass.Put);
        es.StrikeRaw.Should().Be(2_250_000_000_000L);
        es.Strike.Should().Be(2250.0);
        es.Multiplier.Should().Be(50.0);
        es.UnitOfMeasure.Should().Be("IPNT");
        es.Root.Should().Be("ES");
        es.Asset.Should().Be("ES");
        es.SecurityType.Should().Be("OOF");
        es.UnderlyingSymbol.Should().Be("ESH1");
        es.ExpirationNs.Should().Be(1_616_160_600_000_000_000L);
        CentralTime.ToCentral(es.ExpirationNs).Should().Be(new DateTime(2021, 3, 19, 8, 30, 0));
        es.ExpiryClass.Should().Be(ExpiryClass.Quarterly, "3rd Friday of March at 08:30 CT (date rule: ES is not an NQ root)");
        es.Tick.Should().Be(ContractFacts.Nq.OptionTick, "min_price_increment is UNDEF for CME equity-index options");
        es.Action.Should().Be(DefinitionAction.Add);
        var u = registry.UnderlyingOfId(id);
        u.Should().Be(new UnderlyingRef(5482, UnderlyingSource.DefinitionField));
        u.IsDefined.Should().BeFalse("ESH1 itself is not in the file");
        registry.PendingUnderlyingCount.Should().Be(2);

        registry.TryGet(31778, out var ge).Should().BeTrue();
        (ge!.RawSymbol, ge.Root, ge.Multiplier, ge.Tick, ge.StrikeRaw, ge.UnderlyingSymbol, ge.UnderlyingIdField)
            .Should().Be(("GEM3 P9812", "GE", 2500.0, TickRule.Fixed(500_000_000), 9_812_500_000_000L, "GEM3", 21230u));
    }

    [SharedDataFact]
    public void Multi_frame_fixture_resolves_weeklies_and_other_products()
    {
        var registry = Load("multi-frame.definition.v1.dbn.frag.zst", 1);
        registry.Count.Should().Be(8);
        registry.TryGet(720907, out var e2a).Should().BeTrue();
        (e2a!.Root, e2a.UnderlyingSymbol, e2a.ExpiryClass, e2a.Multiplier).Should().Be(("E2A", "ESH1", ExpiryClass.Weekly, 50.0));
        registry.UnderlyingOfId(720907).Id.Should().Be(5482u, "the weekly E2A put exercises into ESH1 like the quarterly");
        registry.TryGet(458765, out var ex2).Should().BeTrue();
        (ex2!.Root, ex2.UnderlyingSymbol, ex2.ExpiryClass, ex2.Multiplier).Should().Be(("EX2", "MESH1", ExpiryClass.Weekly, 5.0));
        registry.TryGet(753686, out var eu).Should().BeTrue();
        eu!.Tick.IsDefined.Should().BeFalse("an FX option with an UNDEF tick gets no guessed rule");
        registry.TryGet(360466, out var ozs).Should().BeTrue();
        (ozs!.Class, ozs.Tick, ozs.Root).Should().Be((InstrumentClass.Call, TickRule.Fixed(125_000_000), "OZS"));

        var chain = OptionChain.Build(registry);
        chain.OptionCount.Should().Be(8);
        chain.TryGetUnderlying("ESH1", out var esh1).Should().BeTrue();
        esh1!.Expiries.Select(e => e.Root).Should().Equal("E2A", "ES");
        esh1.Underlying.Id.Should().Be(5482u);
    }

    [SharedDataFact]
    public void Equity_definitions_without_options_build_no_chain()
    {
        var registry = new InstrumentRegistry();
        using var reader = DbnReader.Open(SharedData.DataPath("dbn", "test_data.definition.v3.dbn.zst"));
        var counts = DefinitionLoader.Load(reader, registry, new StatisticsBook());
        counts.Definitions.Should().Be(2);
        registry.Count.Should().Be(2, "two MSFT ids");
        registry.TryGet(6819, out var msft).Should().BeTrue();
        (msft!.Class, msft.RawClass, msft.HasExpiration, msft.Multiplier, msft.Tick.IsDefined, msft.ExpiryClass)
            .Should().Be((InstrumentClass.Other, (byte)'K', false, (double?)null, false, ExpiryClass.Unknown));
        registry.TryGetId("MSFT", out var last).Should().BeTrue();
        last.Should().Be(6830u, "the later definition of the symbol wins");
        OptionChain.Build(registry).Underlyings.Should().BeEmpty();
    }
}
