using FluentAssertions;
using NQStream.Core.Tests.Support;
using NQStream.Core.Time;
using Xunit;

namespace NQStream.Core.Tests.Time;

public class WatermarkTrackerTests
{
    [Fact]
    public void The_watermark_trails_the_highest_event_time_by_the_allowed_lateness_and_never_goes_back()
    {
        var tracker = new WatermarkTracker(new WatermarkOptions { AllowedLatenessNanos = 200 });
        tracker.Current.Should().Be(WatermarkTracker.NoWatermark);
        tracker.Observe(0, 1_000).Should().BeTrue();
        tracker.Current.Should().Be(800);
        tracker.Observe(0, 900).Should().BeFalse();
        tracker.Current.Should().Be(800);
        tracker.Observe(0, 1_500).Should().BeTrue();
        tracker.Current.Should().Be(1_300);
    }

    [Fact]
    public void In_replay_a_silent_source_holds_the_watermark_back()
    {
        var clock = new ManualTimeProvider();
        var tracker = new WatermarkTracker(new WatermarkOptions { Sources = 2, TimeProvider = clock, IdleTimeout = TimeSpan.FromSeconds(1) });
        tracker.Observe(1, 1_000);
        tracker.Current.Should().Be(WatermarkTracker.NoWatermark, "source 0 has not spoken yet");
        tracker.Observe(0, 5_000);
        tracker.Current.Should().Be(1_000);
        clock.Advance(TimeSpan.FromMinutes(5));
        tracker.Observe(0, 9_000);
        tracker.RefreshIdle().Should().BeFalse();
        tracker.Current.Should().Be(1_000, "replay never reads the clock");
    }

    [Fact]
    public void In_live_mode_an_idle_source_stops_holding_the_watermark_until_it_speaks_again()
    {
        var clock = new ManualTimeProvider();
        var tracker = new WatermarkTracker(new WatermarkOptions { Mode = WatermarkMode.Live, Sources = 2, TimeProvider = clock, IdleTimeout = TimeSpan.FromSeconds(1) });
        tracker.Observe(1, 1_000);
        tracker.Observe(0, 5_000);
        tracker.Current.Should().Be(1_000);
        tracker.RefreshIdle().Should().BeFalse("both sources just spoke");

        clock.Advance(TimeSpan.FromMilliseconds(600));
        tracker.Observe(0, 6_000);
        tracker.RefreshIdle().Should().BeFalse("source 1 has been silent for only 0.6 s");
        clock.Advance(TimeSpan.FromMilliseconds(600));
        tracker.Observe(0, 7_000);
        tracker.RefreshIdle().Should().BeTrue();
        tracker.IsIdle(1).Should().BeTrue();
        tracker.IsIdle(0).Should().BeFalse();
        tracker.Current.Should().Be(7_000);

        tracker.Observe(1, 2_000);
        tracker.IsIdle(1).Should().BeFalse();
        tracker.Current.Should().Be(7_000, "the watermark never decreases");
        tracker.Observe(1, 8_000);
        tracker.Observe(0, 9_000).Should().BeTrue();
        tracker.Current.Should().Be(8_000, "source 1 holds the watermark again");
    }
}
