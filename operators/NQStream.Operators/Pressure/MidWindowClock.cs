using NQStream.Operators.Book;
using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Tumbling event-time windows plus the mid "of the last <c>OK</c> state with ts_event &lt; window boundary"
/// (§4.1). The first window starts at the first input; when no state precedes it, its start mid is the
/// first <c>OK</c> state seen (§8.1 "row 0 if none").
/// </summary>
internal struct MidWindowClock(TimeBins bins)
{
    private long _endNs;
    private bool _hasLast;
    private long _lastMid2;
    private bool _hasStart;
    private long _startMid2;

    /// <summary>The window layout.</summary>
    public readonly TimeBins Bins => bins;

    /// <summary>True once the first input opened a window.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Index of the open window.</summary>
    public long Index { get; private set; }

    /// <summary>Start of the open window.</summary>
    public readonly long StartNs => bins.StartOf(Index);

    /// <summary>End of the open window (cached: the per-event check is a compare, not a division).</summary>
    public readonly long EndNs => _endNs;

    /// <summary>Opens the first window at <paramref name="tsNs"/>; false when one is already open.</summary>
    public bool TryOpen(long tsNs)
    {
        if (IsOpen)
        {
            return false;
        }

        IsOpen = true;
        Index = bins.IndexOf(tsNs);
        _endNs = bins.StartOf(Index + 1);
        _hasStart = _hasLast;
        _startMid2 = _lastMid2;
        return true;
    }

    /// <summary>True when the open window ends at or before <paramref name="tsNs"/>.</summary>
    public readonly bool MustClose(long tsNs) => IsOpen && tsNs >= _endNs;

    /// <summary>Closes the open window and opens the next one.</summary>
    public WindowMids CloseCurrent()
    {
        var mids = new WindowMids(StartNs, EndNs, _hasStart ? _startMid2 : null, _hasLast ? _lastMid2 : null);
        Index++;
        _endNs += bins.WidthNs;
        _hasStart = _hasLast;
        _startMid2 = _lastMid2;
        return mids;
    }

    /// <summary>Applies a published top of book (after the window was advanced to its time).</summary>
    /// <summary>
    /// Jumps over idle windows to the one containing <paramref name="tsNs"/> (no quote arrived in between, so its
    /// start mid is the last mid); returns the new window's start.
    /// </summary>
    public long SkipTo(long tsNs)
    {
        Index = bins.IndexOf(tsNs);
        _endNs = bins.StartOf(Index + 1);
        _hasStart = _hasLast;
        _startMid2 = _lastMid2;
        return bins.StartOf(Index);
    }

    public void Observe(in Quote q)
    {
        if (!q.IsOk)
        {
            return;
        }

        _hasLast = true;
        _lastMid2 = q.MidTimesTwo;
        if (!_hasStart)
        {
            _hasStart = true;
            _startMid2 = _lastMid2;
        }
    }
}
