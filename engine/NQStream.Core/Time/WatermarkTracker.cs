using System.Diagnostics;

namespace NQStream.Core.Time;

/// <summary>
/// The event-time progress of a stream: watermark = min over active sources of (highest event time seen)
/// − allowed lateness, never decreasing. In live mode a source silent for the idle timeout stops holding
/// the watermark back (so the 16:00–17:00 CT break of one feed does not stall windows of another).
/// </summary>
[DebuggerDisplay("Watermark = {Current}")]
public sealed class WatermarkTracker
{
    /// <summary>The watermark before any event: nothing is final.</summary>
    public const long NoWatermark = long.MinValue;

    private readonly long[] _maxTime;
    private readonly long[] _events;
    private readonly long[] _eventsAtRefresh;
    private readonly long[] _lastActive;
    private readonly bool[] _idle;
    private readonly long _lateness;
    private readonly long _idleTicks;
    private readonly TimeProvider _clock;
    private readonly bool _live;
    private long _watermark = NoWatermark;

    /// <summary>Creates a tracker.</summary>
    public WatermarkTracker(WatermarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Sources, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.AllowedLatenessNanos);
        _maxTime = new long[options.Sources];
        _maxTime.AsSpan().Fill(NoWatermark);
        _events = new long[options.Sources];
        _eventsAtRefresh = new long[options.Sources];
        _lastActive = new long[options.Sources];
        _idle = new bool[options.Sources];
        _lateness = options.AllowedLatenessNanos;
        _clock = options.TimeProvider;
        _live = options.Mode == WatermarkMode.Live;
        _idleTicks = (long)(options.IdleTimeout.TotalSeconds * _clock.TimestampFrequency);
        if (_live)
        {
            var now = _clock.GetTimestamp();
            _lastActive.AsSpan().Fill(now);
        }
    }

    /// <summary>The current watermark: no event with a time below it is expected any more.</summary>
    public long Current => _watermark;

    /// <summary>True when the tracker skips idle sources.</summary>
    public bool IsLive => _live;

    /// <summary>True when source <paramref name="source"/> is currently idle (live mode).</summary>
    public bool IsIdle(int source) => _idle[source];

    /// <summary>Records an event of <paramref name="source"/> at <paramref name="eventTime"/>; true when the watermark advanced.</summary>
    public bool Observe(int source, long eventTime)
    {
        _events[source]++;
        var changed = false;
        if (_idle[source])
        {
            _idle[source] = false;
            changed = true;
        }

        if (eventTime > _maxTime[source])
        {
            _maxTime[source] = eventTime;
            changed = true;
        }

        return changed && Recompute();
    }

    /// <summary>
    /// Live mode: marks sources without events since the previous refresh, for longer than the idle
    /// timeout, as idle; true when the watermark advanced. Replay mode: does nothing (no clock read).
    /// </summary>
    public bool RefreshIdle()
    {
        if (!_live)
        {
            return false;
        }

        var now = _clock.GetTimestamp();
        var changed = false;
        for (var s = 0; s < _events.Length; s++)
        {
            if (_events[s] != _eventsAtRefresh[s])
            {
                _eventsAtRefresh[s] = _events[s];
                _lastActive[s] = now;
            }
            else if (!_idle[s] && now - _lastActive[s] >= _idleTicks)
            {
                _idle[s] = true;
                changed = true;
            }
        }

        return changed && Recompute();
    }

    private bool Recompute()
    {
        var min = long.MaxValue;
        var any = false;
        for (var s = 0; s < _maxTime.Length; s++)
        {
            if (_idle[s])
            {
                continue;
            }

            any = true;
            if (_maxTime[s] < min)
            {
                min = _maxTime[s];
            }
        }

        if (!any || min == NoWatermark)
        {
            return false;
        }

        var candidate = min - _lateness;
        if (candidate <= _watermark)
        {
            return false;
        }

        _watermark = candidate;
        return true;
    }
}
