using NQStream.Operators.Book;
using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Order-flow imbalance (Cont, Kukanov &amp; Stoikov 2014; docs/algorithms.md §4.1) of one instrument
/// over tumbling event-time windows. Fed with every published top of book in feed order; each
/// transition n−1 → n between two <c>OK</c> states contributes
/// e_n = 1{Pb_n ≥ Pb_n−1}·qb_n − 1{Pb_n ≤ Pb_n−1}·qb_n−1 − 1{Pa_n ≤ Pa_n−1}·qa_n + 1{Pa_n ≥ Pa_n−1}·qa_n−1
/// to the window holding ts_event of state n. Allocation-free per input.
/// </summary>
public sealed class Ofi
{
    /// <summary>Default window length: 10 s (the first of <c>windows</c>).</summary>
    public const long DefaultWindowNs = 10 * TimeBins.NsPerSecond;

    private MidWindowClock _clock;
    private TimeWeightedMean _depth;
    private Quote _prev;
    private bool _hasPrev;
    private long _ofi;
    private int _transitions;
    private int _skipped;
    private bool _idle;
    private readonly bool _emitIdle;

    /// <summary>Creates the operator.</summary>
    /// <param name="windowNs">Window length in ns (<c>windows</c>, default 10 s; one operator per window length).</param>
    /// <param name="originNs">Window alignment (default the UNIX epoch, §0.2).</param>
    /// <param name="emitIdleWindows">
    /// True (default): every window is emitted, a continuous series. False: a run of windows without any quote after
    /// the last emitted one is skipped in one step (they would carry no transition and the unchanged mid and depth);
    /// an instrument quiet for hours then costs O(1) instead of one emission per window.
    /// </param>
    public Ofi(long windowNs = DefaultWindowNs, long originNs = 0, bool emitIdleWindows = true)
    {
        _clock = new MidWindowClock(new TimeBins(windowNs, originNs));
        _emitIdle = emitIdleWindows;
    }

    /// <summary>The window layout.</summary>
    public TimeBins Windows => _clock.Bins;

    /// <summary>End of the window that has quotes and is not yet emitted; null when none.</summary>
    public long? PendingWindowEnd => _clock.IsOpen && !_idle ? _clock.EndNs : null;

    /// <summary>The OFI contribution e_n of one transition between two OK states (§4.1).</summary>
    public static long Contribution(in Quote prev, in Quote next)
    {
        var e = 0L;
        if (next.BidPx >= prev.BidPx)
        {
            e += next.BidSz;
        }

        if (next.BidPx <= prev.BidPx)
        {
            e -= prev.BidSz;
        }

        if (next.AskPx <= prev.AskPx)
        {
            e -= next.AskSz;
        }

        if (next.AskPx >= prev.AskPx)
        {
            e += prev.AskSz;
        }

        return e;
    }

    /// <summary>Applies a top of book published at <paramref name="tsNs"/>; emits every window that ended before it.</summary>
    public void OnQuote<TSink>(long tsNs, in Quote quote, ref TSink sink)
        where TSink : IOperatorSink<OfiWindow>
    {
        AdvanceTo(tsNs, ref sink);
        _idle = false;
        _clock.TryOpen(tsNs);
        if (_hasPrev)
        {
            if (_prev.IsOk && quote.IsOk)
            {
                _ofi += Contribution(_prev, quote);
                _transitions++;
            }
            else
            {
                _skipped++;
            }
        }

        if (quote.IsOk)
        {
            _depth.Observe(tsNs, Depth(quote));
        }
        else
        {
            _depth.Suspend(tsNs);
        }

        _clock.Observe(quote);
        _prev = quote;
        _hasPrev = true;
    }

    /// <summary>Closes and emits every window that ends at or before <paramref name="tsNs"/> (watermark advance).</summary>
    public void AdvanceTo<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<OfiWindow>
    {
        if (_idle && _clock.MustClose(tsNs))
        {
            _idle = false;
            if (!_emitIdle)
            {
                // The window after a watermark close saw no quote: skip as the close at tsNs would have.
                var start = _clock.SkipTo(tsNs);
                _depth = default;
                ObserveDepthFrom(start);
                return;
            }
        }

        while (_clock.MustClose(tsNs))
        {
            var end = EmitCurrent(ref sink);
            if (!_emitIdle && _clock.MustClose(tsNs))
            {
                end = _clock.SkipTo(tsNs);
            }

            ObserveDepthFrom(end);
        }
    }

    /// <summary>
    /// The watermark passed <paramref name="tsNs"/>: emits the window with quotes if it has ended, without waiting for
    /// the instrument's next quote. The next quote continues exactly as if the window had been closed then (the same
    /// windows with the same values come out, only earlier), so a quiet instrument's window is not held back for hours.
    /// </summary>
    public void CloseDue<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<OfiWindow>
    {
        if (_emitIdle)
        {
            AdvanceTo(tsNs, ref sink);
            return;
        }

        if (_idle || !_clock.MustClose(tsNs))
        {
            return;
        }

        ObserveDepthFrom(EmitCurrent(ref sink));
        _idle = true;
    }

    /// <summary>Emits the open window and opens the next; returns the emitted window's end.</summary>
    private long EmitCurrent<TSink>(ref TSink sink)
        where TSink : IOperatorSink<OfiWindow>
    {
        var end = _clock.EndNs;
        var depth = _depth.MeanUntil(end);
        var mids = _clock.CloseCurrent();
        double? norm = depth is > 0 ? _ofi / depth.Value : null;
        sink.Emit(new OfiWindow(mids.StartNs, mids.EndNs, _ofi, depth, norm, mids.MidStartPts, mids.MidEndPts, mids.DMidPts, _transitions, _skipped));
        _ofi = 0;
        _transitions = 0;
        _skipped = 0;
        _depth = default;
        return end;
    }

    private void ObserveDepthFrom(long ts)
    {
        if (_hasPrev && _prev.IsOk)
        {
            _depth.Observe(ts, Depth(_prev));
        }
    }

    /// <summary>Starts a new trade date: the next state has no predecessor (no transition, §4.1 edge cases).</summary>
    public void ResetDay() => _hasPrev = false;

    private static double Depth(in Quote q) => (q.BidSz + q.AskSz) / 2.0;
}
