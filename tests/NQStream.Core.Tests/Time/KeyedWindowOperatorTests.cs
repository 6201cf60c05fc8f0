using System.Diagnostics.Metrics;
using FluentAssertions;
using NQStream.Core.Edges;
using NQStream.Core.Ring;
using NQStream.Core.Tests.Support;
using NQStream.Core.Time;
using Xunit;

namespace NQStream.Core.Tests.Time;

public class KeyedWindowOperatorTests
{
    [Fact]
    public void Tumbling_windows_per_key_fire_in_end_then_key_order_when_the_watermark_passes()
    {
        var output = new CollectingOutput<WindowResult<long>>();
        var op = Create(WindowSpec.Tumbling(10), WatermarkOptions.Replay, output);
        Feed(op, (2, 1, 1), (1, 3, 10), (2, 9, 100), (1, 12, 1000));
        output.Items.Should().Equal(
            new WindowResult<long>(1, 0, 10, 1, 10),
            new WindowResult<long>(2, 0, 10, 2, 101));
        op.OpenWindows.Should().Be(1);
        op.OnShutdown();
        output.Items.Should().HaveCount(3);
        output.Items[2].Should().Be(new WindowResult<long>(1, 10, 20, 1, 1000));
        output.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public void Sliding_windows_add_each_event_to_every_window_containing_it()
    {
        var output = new CollectingOutput<WindowResult<long>>();
        var op = Create(WindowSpec.Sliding(20, 10), WatermarkOptions.Replay, output);
        Feed(op, (7, 5, 1), (7, 15, 2), (7, 25, 4));
        op.OnShutdown();
        output.Items.Select(r => (r.Start, r.End, r.Value)).Should().Equal(
            (-10L, 10L, 1L), (0L, 20L, 3L), (10L, 30L, 6L), (20L, 40L, 4L));
    }

    [Fact]
    public void Late_events_are_counted_sent_to_the_side_output_and_not_applied()
    {
        var output = new CollectingOutput<WindowResult<long>>();
        var late = new CollectingOutput<TestEvent>();
        var measured = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "nqstream.late_events")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "operator" && (string?)tag.Value == "late-test")
                {
                    measured.Add(value);
                }
            }
        });
        listener.Start();

        var op = Create(WindowSpec.Tumbling(10), new WatermarkOptions { AllowedLatenessNanos = 5 }, output, late, "late-test");
        Feed(op, (1, 3, 1), (1, 12, 2));
        op.Watermarks.Current.Should().Be(7);
        Feed(op, (1, 8, 100));
        output.Items.Should().BeEmpty("the allowed lateness keeps [0, 10) open until the watermark reaches 10");
        Feed(op, (1, 18, 4));
        output.Items.Should().Equal(new WindowResult<long>(1, 0, 10, 2, 101));
        Feed(op, (1, 8, 1000), (1, 11, 8));
        op.LateEvents.Should().Be(1);
        late.Items.Select(e => e.Value).Should().Equal(1000);
        measured.Should().Equal(1);
        op.OnShutdown();
        output.Items.Should().Equal(new WindowResult<long>(1, 0, 10, 2, 101), new WindowResult<long>(1, 10, 20, 3, 14));
        late.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public void The_event_clock_can_be_ts_recv()
    {
        var output = new CollectingOutput<WindowResult<long>>();
        var op = new KeyedWindowOperator<TestEvent, ByKey, SumValue, long>(
            "recv", WindowSpec.Tumbling(10), WatermarkOptions.Replay, output, timeField: EventTimeField.TsRecv);
        var e = new TestEvent { Key = 1, Value = 5, EventTime = 3, RecvTime = 25 };
        op.OnEvent(ref e, 0, true);
        op.OnShutdown();
        output.Items.Should().Equal(new WindowResult<long>(1, 20, 30, 1, 5));
    }

    [Fact]
    public void In_live_mode_an_idle_source_does_not_stall_the_windows_of_an_active_one()
    {
        var clock = new ManualTimeProvider();
        var output = new CollectingOutput<WindowResult<long>>();
        var options = new WatermarkOptions { Mode = WatermarkMode.Live, Sources = 2, TimeProvider = clock, IdleTimeout = TimeSpan.FromSeconds(1) };
        var op = Create(WindowSpec.Tumbling(10), options, output);
        FeedFrom(op, source: 1, (9, 5, 1));
        FeedFrom(op, source: 0, (1, 5, 1), (1, 25, 1), (1, 35, 1));
        output.Items.Should().BeEmpty("source 1 still holds the watermark at 5");
        clock.Advance(TimeSpan.FromSeconds(2));
        FeedFrom(op, source: 0, (1, 45, 1));
        FeedFrom(op, source: 0, (1, 46, 1));
        output.Items.Select(r => (r.Key, r.End)).Should().Equal((1L, 10L), (9L, 10L), (1L, 30L), (1L, 40L));
    }

    private static KeyedWindowOperator<TestEvent, ByKey, SumValue, long> Create(
        WindowSpec spec, WatermarkOptions options, IOutput<WindowResult<long>> output, IOutput<TestEvent>? late = null, string name = "win") =>
        new(name, spec, options, output, late);

    private static void Feed(IValueEventHandler<TestEvent> op, params (long Key, long Time, long Value)[] events) => FeedFrom(op, 0, events);

    private static void FeedFrom(IValueEventHandler<TestEvent> op, int source, params (long Key, long Time, long Value)[] events)
    {
        for (var i = 0; i < events.Length; i++)
        {
            var e = new TestEvent { Key = events[i].Key, EventTime = events[i].Time, Value = events[i].Value, Source = source };
            op.OnEvent(ref e, i, i == events.Length - 1);
        }
    }
}
