using FluentAssertions;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Filters;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Mbo;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Filters;

public sealed class InstitutionalSizeFilterTests
{
    private static AggressorEvent Option(long qty, double px, int sign = 1) => new()
    {
        Sign = sign,
        Quantity = qty,
        NotionalPts = qty * px,
        Multiplier = 20,
        IsOption = true,
    };

    [Theory]
    [InlineData(50L, 100.00, true)]    // $100,000: the boundary passes
    [InlineData(200L, 25.00, true)]    // $100,000
    [InlineData(1000L, 5.00, true)]    // $100,000
    [InlineData(49L, 100.00, false)]   // $98,000
    public void Premium_threshold_is_inclusive(long qty, double px, bool expected)
    {
        var f = new InstitutionalSizeFilter(new SizeFilterOptions());

        f.IsInstitutional(Option(qty, px)).Should().Be(expected);
        f.Evaluated.Should().Be(1);
        f.Passed.Should().Be(expected ? 1 : 0);
    }

    [Fact]
    public void A_three_level_sweep_passes_on_its_sum_while_the_same_quantity_in_two_events_fails()
    {
        // Prints 20 @ 99.00, 20 @ 100.00, 20 @ 101.00: each $39,600–$40,400, the event $120,000.
        var builder = new AggressorEventBuilder(new AggressorOptions());
        var events = new CollectingSink<AggressorEvent>();
        Feed(builder, ref events, Rec('T', 'B', 99, 20, S(1), 1), Rec('T', 'B', 100, 20, S(1), 2), Rec('T', 'B', 101, 20, S(1), 3, last: true));
        // The same 60 lots at 100.00 split 30 + 30 over two events: $60,000 each.
        Feed(builder, ref events, Rec('T', 'B', 100, 30, S(2), 4, last: true), Rec('T', 'B', 100, 30, S(3), 5, last: true));

        var f = new InstitutionalSizeFilter(new SizeFilterOptions());
        var passed = new CollectingSink<AggressorEvent>();
        foreach (var e in events.Items)
        {
            f.OnEvent(in e, ref passed);
        }

        events.Items[0].PremiumUsd.Should().Be(120_000);
        events.Items[0].Levels.Should().Be(3);
        events.Items[1].PremiumUsd.Should().Be(60_000);
        passed.Items.Should().ContainSingle().Which.FirstSequence.Should().Be(1u);
    }

    [Fact]
    public void Side_N_is_evaluated_futures_never_pass_and_the_threshold_is_configured()
    {
        var f = new InstitutionalSizeFilter(new SizeFilterOptions { MinPremiumUsd = 5_000 });

        f.IsInstitutional(Option(10, 25, sign: 0)).Should().BeTrue();           // $5,000
        f.IsInstitutional(Option(1, 21_000) with { IsOption = false }).Should().BeFalse();
        f.NotOptions.Should().Be(1);
        f.Evaluated.Should().Be(1);
    }

    private static void Feed(AggressorEventBuilder b, ref CollectingSink<AggressorEvent> sink, params Market.Events.MarketEvent[] records)
    {
        foreach (var r in records)
        {
            b.OnRecord(in r, default, ref sink);
        }
    }
}
