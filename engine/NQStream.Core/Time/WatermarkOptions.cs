namespace NQStream.Core.Time;

/// <summary>Watermark settings (docs/algorithms.md §0.2: lateness 0 in replay, 200 ms live).</summary>
public sealed class WatermarkOptions
{
    /// <summary>Replay (data-driven only) or live (idle sources skipped).</summary>
    public WatermarkMode Mode { get; init; } = WatermarkMode.Replay;

    /// <summary>How far behind the highest event time the watermark trails, in ns.</summary>
    public long AllowedLatenessNanos { get; init; }

    /// <summary>Number of sources (source ids 0..Sources-1) whose progress the watermark waits for.</summary>
    public int Sources { get; init; } = 1;

    /// <summary>Live mode: a source silent this long (processing time) is idle and ignored until it speaks again.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Processing-time clock for idleness (live mode only; replay never reads it).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Settings for replay with zero lateness.</summary>
    public static WatermarkOptions Replay { get; } = new();

    /// <summary>Settings for live input: 200 ms allowed lateness, 5 s idle timeout.</summary>
    public static WatermarkOptions Live(int sources = 1) => new()
    {
        Mode = WatermarkMode.Live,
        AllowedLatenessNanos = 200_000_000,
        Sources = sources,
    };
}
