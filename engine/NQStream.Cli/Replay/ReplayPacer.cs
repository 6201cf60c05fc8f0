using System.Diagnostics;

namespace NQStream.Cli.Replay;

/// <summary>
/// Paces the feed so that event time advances at <see cref="ReplaySpeed.Factor"/> × wall time: the first record
/// fixes the origin; each later record waits until its (ts_event − origin) / factor has elapsed. Sleeps for long
/// gaps (the overnight break), spins for the last millisecond. Pacing happens before the ring, so operators and
/// their latency measurement see the same stream as in a live session.
/// </summary>
internal sealed class ReplayPacer(ReplaySpeed speed)
{
    private long _originTs = -1;
    private long _originTicks;

    public void Wait(ulong tsEvent)
    {
        if (speed.IsMax)
        {
            return;
        }

        var ts = (long)tsEvent;
        if (_originTs < 0)
        {
            _originTs = ts;
            _originTicks = Stopwatch.GetTimestamp();
            return;
        }

        var dueNs = (ts - _originTs) / speed.Factor;
        while (true)
        {
            var elapsedNs = Stopwatch.GetElapsedTime(_originTicks).TotalNanoseconds;
            var left = dueNs - elapsedNs;
            if (left <= 0)
            {
                return;
            }

            if (left > 2_000_000)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds((left - 1_000_000) / 1e6));
            }
            else
            {
                Thread.SpinWait(20);
            }
        }
    }
}
