using NQStream.Market.Sessions;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Options;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// §6.2 calibration inside the stream. Every signal with a direction and a futures mid registers a bracket with the
/// EV bracket (target, stop, horizon of the decision — not the ±10-point accuracy bracket), once per (instrument,
/// ToD bucket, kind, priority) so upgrades and the close record do not count a bucket twice. Resolved outcomes are
/// kept by the trade date they resolved on; the table for trade date D is built when the stream reaches D and uses
/// only outcomes resolved before D (<see cref="CalibrationTable"/>: no look-ahead), so a key turns CALIBRATED once it
/// has <c>min_calibration_n</c> outcomes in the trailing <c>calibration_days</c>. Unresolved brackets at the end of
/// the data are dropped (not scored). Event time only: replaying the same data gives the same probabilities.
/// </summary>
internal sealed class CalibrationFeed
{
    private readonly BracketTracker _tracker;
    private readonly ExpectedValueOptions _ev;
    private readonly AccuracyOptions _accuracy;
    private readonly Dictionary<string, CalibrationKey> _open = new(StringComparer.Ordinal);
    private readonly HashSet<(uint Instrument, long Bucket, SignalKind Kind, SignalPriority Priority)> _tracked = [];
    private readonly List<CalibrationOutcome> _outcomes = [];
    private readonly List<DateOnly> _dates = [];
    private CalibrationTable? _table;
    private long _trackedBucket = long.MinValue;

    public CalibrationFeed(ExpectedValueOptions ev, AccuracyOptions accuracy)
    {
        _ev = ev;
        _accuracy = accuracy;
        var bracket = ev.FixedBracket;
        _tracker = new BracketTracker(bracket.Target, bracket.Stop, bracket.Horizon);
    }

    /// <summary>Outcomes resolved so far (hit, miss or timeout).</summary>
    public int Resolved => _outcomes.Count;

    /// <summary>The calibration cell of <paramref name="key"/> for the trade date of <paramref name="ts"/>.</summary>
    public CalibrationCell Lookup(CalibrationKey key, long ts)
    {
        var date = TradingSession.TradeDateOf(ts);
        NoteDate(date);
        if (_table is null || _table.TradeDate != date)
        {
            _table = CalibrationTable.Build(_outcomes, _dates, date, _ev, _accuracy);
        }

        return _table.Lookup(key);
    }

    /// <summary>Registers the EV bracket of a decided signal (first per instrument, bucket, kind and priority).</summary>
    public void Track(Signal signal, long bucketStart, CalibrationKey key, double f0)
    {
        if (bucketStart != _trackedBucket)
        {
            _tracked.Clear();
            _trackedBucket = bucketStart;
        }

        if (signal.Direction == SignalDirection.Neutral || !_tracked.Add((signal.InstrumentId, bucketStart, signal.Kind, signal.Priority)))
        {
            return;
        }

        if (_open.TryAdd(signal.Id, key))
        {
            _tracker.Track(signal.Id, signal.TsEvent, signal.UnderlyingId, (int)signal.Direction, f0);
        }
    }

    /// <summary>A valid mid of a future.</summary>
    public void OnMid(uint futureId, long ts, double mid)
    {
        var sink = new Sink(this);
        _tracker.OnMid(futureId, ts, mid, ref sink);
    }

    /// <summary>Event time moved to <paramref name="ts"/>.</summary>
    public void AdvanceTo(long ts)
    {
        var sink = new Sink(this);
        _tracker.AdvanceTo(ts, ref sink);
    }

    private void NoteDate(DateOnly date)
    {
        if (_dates.Count == 0 || _dates[^1] < date)
        {
            _dates.Add(date);
        }
    }

    private void OnOutcome(in BracketOutcome o)
    {
        if (!_open.Remove(o.SignalId, out var key))
        {
            return;
        }

        AccuracyOutcome? outcome = o.Resolution switch
        {
            BracketResolution.Hit => AccuracyOutcome.Hit,
            BracketResolution.Miss => AccuracyOutcome.Miss,
            BracketResolution.Timeout => AccuracyOutcome.Timeout,
            _ => null,
        };
        if (outcome is { } value)
        {
            var date = TradingSession.TradeDateOf(o.ResolvedTs);
            NoteDate(date);
            _outcomes.Add(new CalibrationOutcome(key, date, value));
        }
    }

    private readonly struct Sink(CalibrationFeed owner) : IOperatorSink<BracketOutcome>
    {
        public void Emit(in BracketOutcome item) => owner.OnOutcome(in item);
    }
}
