using System.Diagnostics;

namespace NQStream.Core.Time;

/// <summary>
/// Event-time windows aligned to the UNIX epoch: windows [k·slide, k·slide + size) (docs/algorithms.md
/// §0.2). Tumbling windows have slide = size; sliding (hopping) windows overlap when slide &lt; size.
/// </summary>
[DebuggerDisplay("size {SizeNanos} ns, slide {SlideNanos} ns")]
public readonly record struct WindowSpec
{
    private WindowSpec(long sizeNanos, long slideNanos)
    {
        SizeNanos = sizeNanos;
        SlideNanos = slideNanos;
    }

    /// <summary>Window length in ns.</summary>
    public long SizeNanos { get; }

    /// <summary>Distance between window starts in ns.</summary>
    public long SlideNanos { get; }

    /// <summary>How many windows contain each event (size / slide, rounded up).</summary>
    public int WindowsPerEvent => (int)((SizeNanos + SlideNanos - 1) / SlideNanos);

    /// <summary>Tumbling windows of <paramref name="sizeNanos"/>.</summary>
    public static WindowSpec Tumbling(long sizeNanos) => Sliding(sizeNanos, sizeNanos);

    /// <summary>Sliding windows of <paramref name="sizeNanos"/> starting every <paramref name="slideNanos"/>.</summary>
    public static WindowSpec Sliding(long sizeNanos, long slideNanos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sizeNanos, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slideNanos, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slideNanos, sizeNanos);
        return new WindowSpec(sizeNanos, slideNanos);
    }

    /// <summary>Start of the last (latest-starting) window containing <paramref name="time"/>.</summary>
    public long LastStart(long time) => FloorDiv(time, SlideNanos) * SlideNanos;

    /// <summary>Start of the first (earliest-starting) window containing <paramref name="time"/>.</summary>
    public long FirstStart(long time) => (FloorDiv(time - SizeNanos, SlideNanos) * SlideNanos) + SlideNanos;

    /// <summary>The earliest end of a window containing <paramref name="time"/>: once the watermark reaches it, the event is late.</summary>
    public long EarliestEnd(long time) => FirstStart(time) + SizeNanos;

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
