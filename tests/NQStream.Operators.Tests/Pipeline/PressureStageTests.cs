using FluentAssertions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Pipeline;
using NQStream.Operators.Pressure;
using NQStream.Operators.Signals;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pipeline;

/// <summary>When the pressure stage emits an instrument's aggressor window: on the watermark, or at its next record.</summary>
public sealed class PressureStageTests
{
    [Fact]
    public void On_the_watermark_a_quiet_instruments_window_comes_out_once_the_watermark_passes_its_end()
    {
        var sink = new FlowSink();
        var stage = new PressureStage(S(10), sink, close: WindowClose.Watermark);
        stage.OnAggressor(7, S(1), +1, 5, 1_000);
        stage.DueCount.Should().Be(1);

        stage.CloseDue(S(9), 2);
        sink.Windows.Should().BeEmpty("the window has not ended");
        stage.CloseDue(S(11), 2);
        sink.Windows.Should().ContainSingle().Which.Should().Be((7u, S(0), S(10), 5L));
        stage.DueCount.Should().Be(0);

        stage.OnAggressor(7, S(3_600), -1, 2, 400);
        sink.Windows.Should().HaveCount(1, "nothing is emitted twice");
    }

    [Fact]
    public void At_the_next_record_nothing_waits_in_the_queue_and_the_window_comes_out_with_the_next_event()
    {
        var sink = new FlowSink();
        var stage = new PressureStage(S(10), sink, close: WindowClose.Record);
        for (var i = 0; i < 1_000; i++)
        {
            stage.OnAggressor(7, S(i * 15), +1, 1, 100);
        }

        stage.DueCount.Should().Be(0, "record mode never drains a queue, so it must not fill one");
        stage.CloseDue(S(1_000_000), 2);
        sink.Windows.Should().HaveCount(999, "the last window is still open: only the next record or the end closes it");
    }

    private sealed class FlowSink : IIfdSink
    {
        public List<(uint Id, long Start, long End, long VBuy)> Windows { get; } = [];

        public void OnFlowWindow(uint instrumentId, in AggressorImbalanceWindow window) =>
            Windows.Add((instrumentId, window.StartNs, window.EndNs, window.VBuy));

        public void OnSignal(Signal signal, SignalContext context) => throw new InvalidOperationException("no signals here");

        public void OnOfiWindow(uint instrumentId, in OfiWindow window) => throw new InvalidOperationException("no quotes here");

        public void OnOutcome(in BracketOutcome outcome, string underlyingSymbol) => throw new InvalidOperationException("no outcomes here");

        public void OnUnderlyingWindow(in DeltaFlowWindow window, string underlyingSymbol) => throw new InvalidOperationException("no underlying here");

        public void OnBucketClose(in BucketRatio bucket) => throw new InvalidOperationException("no buckets here");
    }
}
