using FluentAssertions;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using Xunit;

namespace NQStream.Market.Tests.Instruments;

/// <summary>Registry semantics: versions and slots, add/modify/delete, symbols, underlying resolution.</summary>
public sealed class RegistryTests
{
    private static readonly long Z5 = Defs.At0830(new DateOnly(2025, 12, 19));

    [Fact]
    public void Modify_replaces_every_field_and_keeps_the_old_version_at_its_slot()
    {
        var registry = new InstrumentRegistry();
        var add = Defs.Option(10, "NQZ5 C21000", "NQZ5", Z5);
        var s0 = registry.Apply(in add);
        var modify = Defs.Option(10, "NQZ5 C21000", "NQZ5", Z5 + 3_600_000_000_000, action: 'M', unitOfMeasureQty: 2 * Defs.Pt, tsEvent: 5);
        var s1 = registry.Apply(in modify);
        (s0, s1, registry.SlotCount, registry.Count).Should().Be((0, 1, 2, 1));
        registry.TryGet(10, out var current).Should().BeTrue();
        (current!.Action, current.Multiplier, current.ExpirationNs, current.TsEvent).Should().Be((DefinitionAction.Modify, 2.0, Z5 + 3_600_000_000_000, 5UL));
        registry.AtSlot(0).Multiplier.Should().Be(20.0);
        registry.AtSlot(0).ExpirationNs.Should().Be(Z5);
        registry.TryGetSlot(10, out var slot).Should().BeTrue();
        slot.Should().Be(1);
        MarketEvent.FromDefinition(in modify, s1).Aux64.Should().Be(1);
        MarketEvent.FromDefinition(in modify, s1).Kind.Should().Be(EventKind.Definition);
    }

    [Fact]
    public void Delete_removes_the_current_instrument_and_its_symbol()
    {
        var registry = new InstrumentRegistry();
        var add = Defs.Option(10, "NQZ5 C21000", "NQZ5", Z5);
        var other = Defs.Option(11, "NQZ5 P21000", "NQZ5", Z5);
        registry.Apply(in add);
        registry.Apply(in other);
        var delete = Defs.Option(10, "NQZ5 C21000", "NQZ5", Z5, action: 'D');
        var slot = registry.Apply(in delete);
        registry.Count.Should().Be(1);
        registry.TryGet(10, out _).Should().BeFalse();
        registry.TryGetSlot(10, out var s).Should().BeTrue();
        s.Should().Be(slot);
        registry.AtSlot(slot).IsActive.Should().BeFalse();
        registry.TryGetId("NQZ5 C21000", out _).Should().BeFalse();
        registry.Current().Select(i => i.InstrumentId).Should().Equal(11u);
        registry.UnknownDeletes.Should().Be(0);
        registry.Apply(in delete);
        registry.UnknownDeletes.Should().Be(1, "a second delete of the same id has nothing to delete");

        var readd = Defs.Option(10, "NQZ5 C21000", "NQZ5", Z5);
        registry.Apply(in readd);
        registry.Count.Should().Be(2);
        registry.TryGetId("NQZ5 C21000", out var id).Should().BeTrue();
        id.Should().Be(10u);
    }

    [Fact]
    public void Future_defined_after_its_options_resolves_them_retroactively()
    {
        var registry = new InstrumentRegistry();
        var call = Defs.Option(10, "NQZ5 C21000", "NQZ5", Z5);
        var put = Defs.Option(11, "NQZ5 P21000", "NQZ5", Z5, underlyingId: 77);
        var callSlot = registry.Apply(in call);
        var putSlot = registry.Apply(in put);
        registry.UnderlyingOf(callSlot).Should().Be(default(UnderlyingRef));
        registry.UnderlyingOf(putSlot).Should().Be(new UnderlyingRef(77, UnderlyingSource.DefinitionField));
        registry.PendingUnderlyingCount.Should().Be(2);

        var future = Defs.Future(77, "NQZ5", Z5);
        registry.Apply(in future);
        registry.UnderlyingOf(callSlot).Should().Be(new UnderlyingRef(77, UnderlyingSource.FutureDefinition));
        registry.UnderlyingOf(putSlot).Should().Be(new UnderlyingRef(77, UnderlyingSource.FutureDefinition));
        registry.PendingUnderlyingCount.Should().Be(0);
        registry.UnderlyingMismatches.Should().Be(0);

        var later = Defs.Option(12, "NQZ5 C21010", "NQZ5", Z5);
        registry.UnderlyingOf(registry.Apply(in later)).Should().Be(new UnderlyingRef(77, UnderlyingSource.FutureDefinition));
    }

    [Fact]
    public void Symbol_mapping_resolves_until_the_definition_arrives_and_a_wrong_field_is_counted()
    {
        var registry = new InstrumentRegistry();
        var call = Defs.Option(10, "NQH6 C21000", "NQH6", Z5, underlyingId: 5);
        var slot = registry.Apply(in call);
        var mapping = new SymbolMappingMsg { Hd = new RecordHeader { Length = 44, RType = RType.SymbolMapping, InstrumentId = 88 }, StypeIn = 4, StypeOut = 1 };
        DbnText.Write(mapping.StypeInSymbol, "NQ.FUT");
        DbnText.Write(mapping.StypeOutSymbol, "NQH6");
        registry.ApplyMapping(in mapping);
        registry.UnderlyingOf(slot).Should().Be(new UnderlyingRef(88, UnderlyingSource.SymbolMapping));
        registry.TryGetId("NQH6", out var mapped).Should().BeTrue();
        mapped.Should().Be(88u);
        registry.MappingCount.Should().Be(1);

        var future = Defs.Future(88, "NQH6", Z5);
        registry.Apply(in future);
        registry.UnderlyingOf(slot).Should().Be(new UnderlyingRef(88, UnderlyingSource.FutureDefinition));
        registry.UnderlyingMismatches.Should().Be(1, "the option's underlying_id 5 disagrees with the NQH6 definition (88)");
    }

    [Fact]
    public void Registry_grows_past_its_initial_capacity_and_keeps_lookups()
    {
        var registry = new InstrumentRegistry(capacity: 4);
        for (uint i = 1; i <= 70_000; i++)
        {
            var d = Defs.Option(i, $"NQZ5 {(i % 2 == 0 ? 'C' : 'P')}{10_000 + (i / 2 * 10)}", "NQZ5", Z5);
            registry.Apply(in d);
        }

        registry.Count.Should().Be(70_000);
        registry.TryGet(69_999, out var p).Should().BeTrue();
        p!.RawSymbol.Should().Be("NQZ5 P359990");
        registry.TryGetId("NQZ5 C360000", out var id).Should().BeTrue();
        id.Should().Be(70_000u);
        OptionChain.Build(registry).OptionCount.Should().Be(70_000);
    }

    [Fact]
    public void Root_and_expiry_class_follow_the_root_table_then_the_date_rule()
    {
        var facts = ContractFacts.Nq;
        long Class(string raw, long exp) => (long)Instrument.FromDefinition(Defs.Option(1, raw, "NQU5", exp), facts).ExpiryClass;
        var friday = Defs.At1500(new DateOnly(2025, 6, 13));
        Class("Q1AN5 C21000", friday).Should().Be((long)ExpiryClass.Weekly);
        Class("QN2N5 C21000", friday).Should().Be((long)ExpiryClass.Weekly);
        Class("QNEN5 C21000", Defs.At1500(new DateOnly(2025, 6, 30))).Should().Be((long)ExpiryClass.Monthly);
        Class("QN3N5 C21000", Defs.At1500(new DateOnly(2025, 7, 18))).Should().Be((long)ExpiryClass.Monthly);
        Class("NQN5 C21000", Defs.At0830(new DateOnly(2025, 7, 18))).Should().Be((long)ExpiryClass.Monthly, "an older serial NQ listing");
        Class("NQU5 C21000", Defs.At0830(new DateOnly(2025, 9, 19))).Should().Be((long)ExpiryClass.Quarterly);
        // Roots outside the table: date rule.
        Class("XYZU5 C1", Defs.At0830(new DateOnly(2025, 9, 19))).Should().Be((long)ExpiryClass.Quarterly);
        Class("XYZN5 C1", Defs.At1500(new DateOnly(2025, 7, 31))).Should().Be((long)ExpiryClass.Monthly, "last weekday, 15:00 CT");
        Class("XYZQ5 C1", Defs.At1500(new DateOnly(2025, 8, 29))).Should().Be((long)ExpiryClass.Monthly, "Aug 30–31 2025 is a weekend");
        Class("XYZN5 C1", Defs.At1500(new DateOnly(2025, 7, 18))).Should().Be((long)ExpiryClass.Monthly, "3rd Friday of a serial month");
        Class("XYZN5 C1", Defs.At1500(new DateOnly(2025, 7, 16))).Should().Be((long)ExpiryClass.Weekly);
        Class("XYZN5 C1", long.MaxValue).Should().Be((long)ExpiryClass.Unknown);
        SymbolParts.RootAndMonth("Q1AZ5 C21000", "").Should().Be(("Q1A", 'Z'));
        SymbolParts.RootAndMonth("NQZ5", "").Should().Be(("NQ", 'Z'));
        SymbolParts.RootAndMonth("MSFT", "").Should().Be(("MSFT", '\0'));
    }
}
