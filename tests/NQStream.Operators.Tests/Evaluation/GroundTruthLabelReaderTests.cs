using System.Text;
using FluentAssertions;
using NQStream.Feeds.Simulation;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Signals;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

public sealed class GroundTruthLabelReaderTests
{
    private static FlowLabel Label(string id, LabelKind kind, ulong ts, uint inst, bool informed) => new()
    {
        Id = id, Kind = kind, TradeDate = new DateOnly(2026, 11, 20), TsEvent = ts, TsEventLast = ts + 5, InstrumentId = inst,
        RawSymbol = "NQZ6 C21000", UnderlyingId = 1, Side = 'B', Contracts = 50, PremiumUsd = 100_000, Delta = 2500,
        Informed = informed, Events = 1, Levels = 2, TodBucket = 31,
    };

    [Fact]
    public void Reads_what_the_simulator_label_writer_writes()
    {
        using var ms = new MemoryStream();
        LabelWriter.Write(ms, [Label("sim-1-20261120-0001", LabelKind.Sweep, 1_763_650_000_000_000_000, 42, true), Label("sim-1-20261120-0002", LabelKind.VolumeShock, 7, 43, false)]);
        var lines = Encoding.UTF8.GetString(ms.ToArray()).Split('\n');

        var labels = GroundTruthLabelReader.Parse(lines, "labels.jsonl");

        labels.Should().Equal(
            new GroundTruthLabel("sim-1-20261120-0001", 1_763_650_000_000_000_000, 42, SignalKind.Sweep, true) { TsEventLast = 1_763_650_000_000_000_005, UnderlyingId = 1, Delta = 2500 },
            new GroundTruthLabel("sim-1-20261120-0002", 7, 43, SignalKind.VolumeShock, false) { TsEventLast = 12, UnderlyingId = 1, Delta = 2500 });
    }

    [Fact]
    public void Ts_event_last_and_informed_are_optional()
    {
        var l = GroundTruthLabelReader.ParseLine("{\"id\":\"a\",\"ts_event\":100,\"instrument_id\":2,\"kind\":\"iceberg\"}", "f", 1);
        l.Should().Be(new GroundTruthLabel("a", 100, 2, SignalKind.Iceberg, false));
        l.TsEventLast.Should().Be(100);
        (l.UnderlyingId, l.Delta).Should().Be(((uint?)null, (double?)null));
    }

    [Fact]
    public void Underlying_and_signed_delta_are_read_and_take_part_in_equality()
    {
        var l = GroundTruthLabelReader.ParseLine("{\"id\":\"a\",\"ts_event\":100,\"instrument_id\":2,\"kind\":\"emergency\",\"underlying_id\":4324,\"delta\":-6759.12}", "f", 1);
        (l.UnderlyingId, l.Delta).Should().Be(((uint?)4324, (double?)-6759.12));
        l.Should().NotBe(new GroundTruthLabel("a", 100, 2, SignalKind.Emergency, false) { UnderlyingId = 4324, Delta = 6759.12 });
        l.Should().Be(new GroundTruthLabel("a", 100, 2, SignalKind.Emergency, false) { UnderlyingId = 4324, Delta = -6759.12 });
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"ts_event\":1,\"instrument_id\":2,\"kind\":\"spoof\"}", "labels.jsonl:3: field 'kind': expected sweep|block|iceberg|volume_shock|emergency, got 'spoof'")]
    [InlineData("{\"id\":\"a\",\"ts_event\":-1,\"instrument_id\":2,\"kind\":\"block\"}", "labels.jsonl:3: field 'ts_event': expected a non-negative integer (ns), got -1")]
    [InlineData("{\"id\":\"a\",\"ts_event\":1,\"kind\":\"block\"}", "labels.jsonl:3: field 'instrument_id': expected a number")]
    [InlineData("[1]", "labels.jsonl:3: expected a JSON object, got Array")]
    [InlineData("{\"id\":\"a\",\"ts_event\":10,\"ts_event_last\":9,\"instrument_id\":2,\"kind\":\"block\"}", "labels.jsonl:3: field 'ts_event_last': expected an integer (ns) ≥ ts_event 10, got 9")]
    [InlineData("{\"id\":\"a\",\"ts_event\":10,\"instrument_id\":2,\"kind\":\"block\",\"informed\":\"yes\"}", "labels.jsonl:3: field 'informed': expected true or false, got \"yes\"")]
    [InlineData("{\"id\":\"a\",\"ts_event\":10,\"instrument_id\":2,\"kind\":\"block\",\"underlying_id\":-4}", "labels.jsonl:3: field 'underlying_id': expected an unsigned 32-bit integer, got -4")]
    [InlineData("{\"id\":\"a\",\"ts_event\":10,\"instrument_id\":2,\"kind\":\"block\",\"delta\":\"up\"}", "labels.jsonl:3: field 'delta': expected a finite number, got \"up\"")]
    public void Bad_lines_fail_with_source_line_and_field(string line, string message)
    {
        var act = () => GroundTruthLabelReader.Parse(["", "  ", line], "labels.jsonl");
        act.Should().Throw<FormatException>().Which.Message.Should().Be(message);
    }
}
