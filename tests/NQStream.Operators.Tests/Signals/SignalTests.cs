using FluentAssertions;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Signals;

public sealed class SignalTests
{
    private static readonly SignalFeature[] Features = [new("ratio", 12.5), new("z", 4.2), new("premium_usd", 250_000)];

    [Fact]
    public void Parameter_set_hash_is_stable_and_changes_with_any_value()
    {
        var a = ParameterSetHash.Compute(new PriorityOptions());
        var b = ParameterSetHash.Compute(new PriorityOptions());
        var c = ParameterSetHash.Compute(new PriorityOptions { ImmediateMinAbsZ = 3.5 });

        a.Should().Be(b).And.HaveLength(16).And.MatchRegex("^[0-9a-f]{16}$");
        c.Should().NotBe(a);
    }

    [Fact]
    public void Canonical_json_sorts_properties_recursively_and_writes_enums_by_name()
    {
        ParameterSetHash.Canonical(new PriorityOptions())
            .Should().Be("{\"HighMinClass\":\"High\",\"ImmediateMinAbsZ\":3,\"ImmediateMinClass\":\"VeryHigh\"}");
        ParameterSetHash.Canonical(new QualityOptions())
            .Should().Be("{\"QualityMin\":0.6,\"Weights\":{\"Confidence\":0.2,\"Ev\":0.25,\"FlowStrength\":0.25,\"RewardRisk\":0.15,\"ZoneAlignment\":0.15}}");
    }

    [Fact]
    public void Parameter_set_hash_of_a_list_depends_on_every_member()
    {
        var one = ParameterSetHash.Compute([new PriorityOptions(), new ConfidenceOptions()]);
        var two = ParameterSetHash.Compute([new PriorityOptions(), new ConfidenceOptions { FdrQ = 0.10 }]);
        one.Should().NotBe(two);
        one.Should().Be(ParameterSetHash.Compute([new PriorityOptions(), new ConfidenceOptions()]));
    }

    [Fact]
    public void Signal_id_depends_on_trigger_data_and_parameter_set_only()
    {
        var id = SignalId.Compute(SignalKind.VolumeShock, 42, 1_700_000_000_000_000_000, Features, "abcdef0123456789");

        id.Should().HaveLength(16).And.Be(SignalId.Compute(SignalKind.VolumeShock, 42, 1_700_000_000_000_000_000, Features, "abcdef0123456789"));
        SignalId.Compute(SignalKind.VolumeShock, 43, 1_700_000_000_000_000_000, Features, "abcdef0123456789").Should().NotBe(id);
        SignalId.Compute(SignalKind.VolumeShock, 42, 1_700_000_000_000_000_001, Features, "abcdef0123456789").Should().NotBe(id);
        SignalId.Compute(SignalKind.Sweep, 42, 1_700_000_000_000_000_000, Features, "abcdef0123456789").Should().NotBe(id);
        SignalId.Compute(SignalKind.VolumeShock, 42, 1_700_000_000_000_000_000, [new("ratio", 12.5)], "abcdef0123456789").Should().NotBe(id);
        SignalId.Compute(SignalKind.VolumeShock, 42, 1_700_000_000_000_000_000, Features, "abcdef0123456788").Should().NotBe(id);
    }

    [Fact]
    public void Rationale_names_kind_direction_symbol_class_priority_and_features_in_invariant_culture()
    {
        var text = SignalRationale.Format(SignalKind.VolumeShock, SignalDirection.Bullish, "NQZ6 C21000", RatioClass.VeryHigh, SignalPriority.High,
            [new("ratio", 31.25), new("z", 4.123456), new("premium_usd", 250_000)]);

        text.Should().Be("VOLUME_SHOCK BULLISH NQZ6 C21000 class=VERY_HIGH priority=HIGH: ratio=31.25, z=4.1235, premium_usd=250000");
        SignalRationale.Format(SignalKind.Emergency, SignalDirection.Bearish, "NQZ6", RatioClass.None, SignalPriority.Immediate, [])
            .Should().Be("EMERGENCY BEARISH NQZ6 class=NONE priority=IMMEDIATE");
    }

    [Fact]
    public void Priorities_are_ordered_by_urgency()
    {
        ((int)SignalPriority.Immediate).Should().BeGreaterThan((int)SignalPriority.High);
        ((int)SignalPriority.High).Should().BeGreaterThan((int)SignalPriority.Medium);
        ((int)SignalPriority.Medium).Should().BeGreaterThan((int)SignalPriority.Low);
        SignalNames.Of(SignalPriority.Medium).Should().Be("MEDIUM");
    }

    [Fact]
    public void Factory_derives_id_and_rationale_from_the_same_fields_and_rejects_non_finite_features()
    {
        var s = SignalFactory.Create(SignalKind.Sweep, 5_000, 1, 42, "NQZ6 P20500", SignalDirection.Bearish, RatioClass.High, SignalPriority.Medium, 0.95, 0.65,
            [new("premium_usd", 150_000), new("levels", 3)], "0123456789abcdef");

        s.Id.Should().Be(SignalId.Compute(SignalKind.Sweep, 42, 5_000, [new("premium_usd", 150_000), new("levels", 3)], "0123456789abcdef"));
        s.Rationale.Should().Be("SWEEP BEARISH NQZ6 P20500 class=HIGH priority=MEDIUM: premium_usd=150000, levels=3");
        (s with { Size = 7 }).Id.Should().Be(s.Id);

        var act = () => SignalFactory.Create(SignalKind.Sweep, 5_000, 1, 42, "X", SignalDirection.Bearish, RatioClass.High, SignalPriority.Medium, 0.95, 0.65,
            [new("z", double.NaN)], "p");
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*feature 'z' of instrument 42 at ts_event 5000*");
    }

    [Fact]
    public void Queue_order_is_priority_class_dollar_delta_time_instrument()
    {
        Signal Make(SignalPriority p, RatioClass c, double dd, long ts, uint inst) =>
            SignalFactory.Create(SignalKind.VolumeShock, ts, 1, inst, "X", SignalDirection.Bullish, c, p, 0.9, 0.5, [], "p") with { DollarDelta = dd };

        var immediate = Make(SignalPriority.Immediate, RatioClass.Moderate, 1, 9, 9);
        var highExtreme = Make(SignalPriority.High, RatioClass.Extreme, 1, 9, 9);
        var highBig = Make(SignalPriority.High, RatioClass.High, -5_000, 9, 9);
        var highSmallEarly = Make(SignalPriority.High, RatioClass.High, 100, 1, 9);
        var highSmallLateLowId = Make(SignalPriority.High, RatioClass.High, -100, 2, 3);
        var highSmallLateHighId = Make(SignalPriority.High, RatioClass.High, 100, 2, 4);
        var low = Make(SignalPriority.Low, RatioClass.Extreme, 1e9, 0, 0);

        var list = new List<Signal> { low, highSmallLateHighId, highBig, immediate, highSmallLateLowId, highExtreme, highSmallEarly };
        list.Sort(SignalQueueOrder.Instance);

        list.Should().Equal(immediate, highExtreme, highBig, highSmallEarly, highSmallLateLowId, highSmallLateHighId, low);
    }
}
