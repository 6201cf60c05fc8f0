using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Cli.Configuration.Options.Engine;

/// <summary>The event ring and graph runtime (<c>engine</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>Ring slots; a power of two so the slot index is a mask.</summary>
    [Range(2, 1 << 30)]
    [PowerOfTwo]
    public int RingSize { get; init; } = 65536;

    /// <summary>How consumers wait for new events.</summary>
    public WaitStrategy WaitStrategy { get; init; } = WaitStrategy.Yielding;

    /// <summary>Timestamp that drives windows and watermarks.</summary>
    public TimeSource TimeSource { get; init; } = TimeSource.TsEvent;

    /// <summary>Watermark lag in replay (§0.2: 0).</summary>
    [DurationRange("0s", "1h")]
    public TimeSpan AllowedLatenessReplay { get; init; } = TimeSpan.Zero;

    /// <summary>Watermark lag on live data (§0.2: 200 ms).</summary>
    [DurationRange("0s", "1h")]
    public TimeSpan AllowedLatenessLive { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>What to do with a record that breaks an invariant.</summary>
    public ErrorPolicy ErrorPolicy { get; init; } = ErrorPolicy.Halt;
}
