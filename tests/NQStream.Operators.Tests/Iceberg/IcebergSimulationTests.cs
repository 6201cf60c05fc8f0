using System.Globalization;
using FluentAssertions;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using Xunit;
using Xunit.Abstractions;

namespace NQStream.Operators.Tests.Iceberg;

/// <summary>
/// §4.7 validation on the simulator: recall ≥ 0.90 over injected icebergs, and ≤ 1 false candidate per instrument-day on
/// market-maker-only flow. The simulator injects native icebergs (same order id re-added in the fill's event); the
/// synthetic rule is validated on the same streams with each refill re-keyed to a new order id. Development seeds 1–5.
/// </summary>
public sealed class IcebergSimulationTests(ITestOutputHelper output)
{
    private const long EventsPerDay = 300_000;

    /// <summary>The simulator's default day size: market-maker-only days are run at full density.</summary>
    private const long FullDay = 2_000_000;

    public static TheoryData<ulong> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Injected_icebergs_are_detected_with_recall_of_at_least_90_percent(ulong seed)
    {
        var days = SimulatedIcebergRun.Run(SimulatedIcebergRun.Options(seed, days: 2, EventsPerDay, marketMakersOnly: false), new IcebergOptions());

        foreach (var d in days)
        {
            output.WriteLine(Describe(d));
        }

        var labels = days.Sum(d => d.Labels);
        var detected = days.Sum(d => d.Detected);
        labels.Should().BeGreaterThanOrEqualTo(10, "the simulator injects about 12 icebergs a day");
        ((double)detected / labels).Should().BeGreaterThanOrEqualTo(0.90);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Market_maker_only_flow_gives_at_most_one_false_candidate_per_instrument_day(ulong seed)
    {
        var days = SimulatedIcebergRun.Run(SimulatedIcebergRun.Options(seed, days: 1, FullDay, marketMakersOnly: true), new IcebergOptions());

        var d = days.Should().ContainSingle().Subject;
        output.WriteLine(Describe(d));
        d.Labels.Should().Be(0);
        d.Instruments.Should().BeGreaterThan(50);
        d.FalsePerInstrumentDay.Should().BeLessThanOrEqualTo(1.0);
        d.False.Should().NotContain(c => c.Kind == IcebergKind.Native, "market makers never leave a native signature");
    }

    [Fact]
    public void Icebergs_re_keyed_as_synthetic_chains_are_detected_with_recall_of_at_least_90_percent()
    {
        var labels = 0;
        var detected = 0;
        foreach (var seed in new ulong[] { 1, 2, 3, 4, 5 })
        {
            var options = SimulatedIcebergRun.Options(seed, days: 2, EventsPerDay, marketMakersOnly: false);
            options.IcebergsPerDay = 48;
            foreach (var d in SimulatedIcebergRun.Run(options, new IcebergOptions(), asSynthetic: true))
            {
                output.WriteLine(Describe(d));
                d.False.Should().NotContain(c => c.Kind == IcebergKind.Native);
                labels += d.Labels;
                detected += d.Detected;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic: {detected}/{labels} labels with at least min_refills refills"));
        labels.Should().BeGreaterThanOrEqualTo(20);
        ((double)detected / labels).Should().BeGreaterThanOrEqualTo(0.90);
    }

    private static string Describe(IcebergDayScore d) => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {d.Seed} {d.Date:yyyy-MM-dd}: records {d.Records}, instruments {d.Instruments}, labels {d.Labels}, detected {d.Detected}, confirmed {d.Confirmed}, false {d.Unmatched} ({d.FalsePerInstrumentDay:F4}/instrument-day, max {d.MaxUnmatchedPerInstrument} on one instrument)");
}
