using NQStream.Market.Book;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Baseline;
using NQStream.Operators.Classification.MarketMaking;
using NQStream.Operators.Confidence;
using NQStream.Operators.Decision;
using NQStream.Operators.Evaluation;
using NQStream.Operators.Filters;
using NQStream.Operators.Iceberg;
using NQStream.Operators.Options;
using NQStream.Operators.Pressure;
using NQStream.Operators.Risk;
using NQStream.Operators.Signals;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// The IFD v3.0 signal chain of docs/algorithms.md §5 as one single-threaded operator: MBO → L3 books → aggressor
/// events (§2.4) → enrichment (F, IV, Δ, FE, cell) → size (§5.1), distance (§5.2) and market-making (§5.7)
/// classification → per-instrument bucket flow → volume ratio vs the 20-day baseline (§5.4) → direction test and
/// BH-FDR (§5.5) → priority (§5.6) → <see cref="Signal"/>s with a §6.2 decision; in parallel the emergency
/// detector (§5.3), icebergs (§4.7) and OFI / aggressor imbalance windows (§4.1, §4.2).
/// </summary>
/// <remarks>
/// One thread owns all state; outputs depend only on the input order and the options (no clock, no unordered
/// iteration on output paths), so a replay reproduces every signal and id. Event time is the data's
/// <c>ts_event</c>; buckets close when the first record at or after their end arrives (watermark, lateness 0).
/// </remarks>
public sealed partial class IfdPipeline
{
    private const long AdvanceEveryNs = 1_000_000_000;

    /// <summary>
    /// How far behind the largest ts_event a window may end and still wait for its instrument's records (ts_event is not
    /// monotone across instruments in a ts_recv-ordered feed); a record later than that counts in its instrument's next window.
    /// </summary>
    private const long WindowLatenessNs = 1_000_000_000;

    private readonly OperatorsOptions _o;
    private readonly IIfdSink _sink;
    private readonly InstrumentRegistry _registry;
    private readonly BookSet _books;
    private readonly AggressorEventBuilder _builder;
    private readonly InstitutionalSizeFilter _size;
    private readonly DistanceFilter _distance;
    private readonly MarketMakingClassifier _mm;
    private readonly EmergencyDetector _emergency;
    private readonly VolumeRatio? _ratio;
    private readonly TakerContext _taker = new();
    private readonly BracketTracker _brackets;
    private readonly CalibrationFeed _calibration;
    private readonly IcebergDetector _icebergs;
    private readonly LevelsTracker _levels;
    private readonly Dictionary<uint, PositioningBias> _bias = [];
    private readonly BiasSettings _biasSettings;
    private TradeDateCache _tradeDates;
    private readonly PressureStage _pressure;
    private readonly UnderlyingPressure _underlyingPressure;
    private readonly IvSettings _iv;
    private readonly double _minYears;
    private readonly long _maxMidAgeNs;
    private readonly DecisionSettings _decision;
    private readonly Dictionary<uint, BucketFlow> _flows = [];
    private readonly List<BucketFlow> _bucketMembers = [];
    private readonly Dictionary<uint, double> _atmIv = [];
    private readonly Dictionary<uint, (long Ts, double Mid)> _mids = [];
    private readonly HashSet<uint> _futures = [];
    private static readonly BookTop NoTop;
    private readonly List<InstrumentLane> _lanes = [];
    private long _definitions;
    private readonly BhFamily _family = new();
    private long _bucketStart = long.MinValue;
    private long _bucketEnd = long.MaxValue;
    private long _sessionOpen = long.MinValue;
    private long _maxTs;
    private long _nextAdvance;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="options">All operator parameters (a config profile).</param>
    /// <param name="history">Baseline history for the volume ratio; null disables volume-shock signals.</param>
    /// <param name="sink">Receives signals and windows.</param>
    /// <param name="windowNs">OFI / aggressor-imbalance window length (ns).</param>
    /// <param name="ofiWindows">Which closed OFI windows go to <paramref name="sink"/> (default all).</param>
    /// <param name="windowClose">When per-instrument windows are emitted (default soon after the watermark passes their end).</param>
    public IfdPipeline(
        OperatorsOptions options, BaselineHistory? history, IIfdSink sink, long windowNs = 10_000_000_000, OfiWindowPolicy ofiWindows = OfiWindowPolicy.All,
        WindowClose windowClose = WindowClose.Watermark)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        _o = options;
        _sink = sink;
        _registry = new InstrumentRegistry();
        _books = new BookSet();
        _builder = new AggressorEventBuilder(options.Aggressor, _registry);
        _size = new InstitutionalSizeFilter(options.SizeFilter);
        _distance = new DistanceFilter(options.Distance, options.Shared);
        _mm = new MarketMakingClassifier(options.MmScore);
        _emergency = new EmergencyDetector(options.Emergency);
        _ratio = history is null ? null : new VolumeRatio(history, options.Baseline);
        _pressure = new PressureStage(windowNs, sink, ofiWindows, windowClose);
        _underlyingPressure = new UnderlyingPressure(options.Pressure);
        _brackets = new BracketTracker(options.Accuracy);
        _calibration = new CalibrationFeed(options.ExpectedValue, options.Accuracy);
        _icebergs = new IcebergDetector(options.Iceberg);
        _levels = new LevelsTracker(_registry, options);
        _biasSettings = RiskSettingsOf.Bias(options.Bias, options.SizeFilter);
        var b = options.Black76;
        _iv = new IvSettings(b.IvBracket.Low, b.IvBracket.High, b.IvTolerance, b.IvMaxIter);
        _minYears = b.TMinGreeks.TotalSeconds / (365.0 * 86_400.0);
        _maxMidAgeNs = options.Shared.MaxMidAge.Ticks * TimeSpan.NanosecondsPerTick;
        _decision = new DecisionSettings(options.ExpectedValue, options.Quality, options.Sizing);
        ParameterSetId = ParameterSetHash.Compute(
        [
            options.Shared, options.Aggressor, options.Black76, options.SizeFilter, options.Distance, options.Emergency,
            options.Baseline, options.Confidence, options.Priority, options.MmScore, options.ExpectedValue,
            options.Quality, options.Sizing, options.Iceberg, options.Gex, options.Walls, options.BattleZones, options.Bias,
        ]);
    }

    /// <summary>Hash of the parameters that shape signals; recorded on every signal.</summary>
    public string ParameterSetId { get; }

    /// <summary>The books (read after the stream has ended or from the pipeline's thread).</summary>
    public BookSet Books => _books;

    /// <summary>The instrument registry.</summary>
    public InstrumentRegistry Registry => _registry;

    /// <summary>Records handled.</summary>
    public long Events { get; private set; }

    /// <summary>Aggressor events built (futures and options).</summary>
    public long AggressorEvents { get; private set; }

    /// <summary>Option aggressor events with a Δ.</summary>
    public long EnrichedOptionEvents { get; private set; }

    /// <summary>Option aggressor events without a Δ (no underlying mid, IV not solved, expired).</summary>
    public long UnenrichedOptionEvents { get; private set; }

    /// <summary>Option events whose underlying had no valid mid within <c>max_mid_age</c> (§0.3: F missing).</summary>
    public long NoUnderlyingMid { get; private set; }

    /// <summary>Option events whose implied volatility solved from the event's VWAP.</summary>
    public long IvSolved { get; private set; }

    /// <summary>Emergencies fired (§5.3).</summary>
    public long EmergenciesFired => _emergency.Fired;

    /// <summary>Option events the emergency detector excluded (side N, Δ null, no underlying).</summary>
    public long EmergencyExcluded => _emergency.Excluded;

    /// <summary>Signals emitted, by priority (index = <see cref="SignalPriority"/>).</summary>
    public long[] SignalsByPriority { get; } = new long[4];

    /// <summary>Signals emitted, by kind (index = <see cref="SignalKind"/>).</summary>
    public long[] SignalsByKind { get; } = new long[Enum.GetValues<SignalKind>().Length];

    /// <summary>Applies an instrument definition (the caller decodes it; it arrives in stream order).</summary>
    /// <param name="instrument">The definition.</param>
    public void OnDefinition(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        _registry.Add(instrument);
        _definitions++;
        if (instrument.Class == InstrumentClass.Future)
        {
            _futures.Add(instrument.InstrumentId);
        }
    }

    /// <summary>Applies one record.</summary>
    /// <param name="e">The record.</param>
    public void OnEvent(in MarketEvent e)
    {
        Events++;
        if (e.Kind != EventKind.Mbo)
        {
            if (e.Kind == EventKind.Statistic)
            {
                _levels.OnStatistic(in e);
            }

            return;
        }

        var ts = (long)e.TsEvent;
        if (ts > _maxTs)
        {
            _maxTs = ts;
            if (ts >= _nextAdvance || ts >= _bucketEnd)
            {
                Advance(ts);
            }
        }

        // One lookup per record: the book's index names the lane holding everything else per instrument.
        var book = _books.GetOrAdd(e.InstrumentId, e.PublisherId, out var index);
        InstrumentLane lane;
        if (index < _lanes.Count)
        {
            lane = _lanes[index];
        }
        else
        {
            lane = new InstrumentLane(book, _builder.SlotOf(e.InstrumentId), _icebergs.SlotOf(e.InstrumentId));
            _lanes.Add(lane);
        }

        // The builder reads the top before this record (a new book counts as no top at all).
        ref readonly var before = ref lane.Fresh ? ref NoTop : ref book.TopRef;
        lane.Fresh = false;
        var sink = new AggressorSink(this);
        _builder.OnRecord(lane.BuilderSlot, in e, in before, ref sink);
        var icebergs = new IcebergSink(this);
        _icebergs.OnRecord(lane.IcebergSlot, in e, book, ref icebergs);
        book.Apply(in e);
        if (lane.DefinitionsSeen != _definitions)
        {
            Refresh(lane, e.InstrumentId);
        }

        var action = e.Action;
        if (e.IsLast)
        {
            ref readonly var top = ref book.TopRef;
            _pressure.OnTop(lane.Pressure ??= _pressure.FlowOf(e.InstrumentId), e.InstrumentId, lane.IsFuture, ts, in top);
            if (lane.IsFuture)
            {
                OnFutureTop(e.InstrumentId, ts, in top);
            }
        }

        if (action is (byte)'A' or (byte)'C' or (byte)'M' && lane.HasWaveUnderlying)
        {
            TakerContext.OnQuote(lane.Wave ??= _taker.UnderlyingOf(lane.WaveUnderlying), e.InstrumentId, ts);
        }

        // Windows whose end the watermark passed: two per record keep up (about 0.3 windows per record) without a burst.
        _pressure.CloseDue(_maxTs - WindowLatenessNs, 2);
    }

    /// <summary>Re-reads a lane's registry facts (after a definition changed the registry).</summary>
    private void Refresh(InstrumentLane lane, uint instrumentId)
    {
        lane.DefinitionsSeen = _definitions;
        lane.IsFuture = _futures.Contains(instrumentId);
        var wave = false;
        var underlyingId = 0u;
        if (_registry.TryGetSlot(instrumentId, out var slot))
        {
            var underlying = _registry.UnderlyingOf(slot);
            wave = underlying.IsResolved && underlying.Id != instrumentId;
            underlyingId = underlying.Id;
        }

        if (!wave || underlyingId != lane.WaveUnderlying)
        {
            lane.Wave = null;
        }

        lane.HasWaveUnderlying = wave;
        lane.WaveUnderlying = underlyingId;
    }

    /// <summary>End of stream: closes open aggressor runs, the current bucket and every window.</summary>
    public void Finish()
    {
        var sink = new AggressorSink(this);
        _builder.Flush(ref sink);
        var icebergs = new IcebergSink(this);
        _icebergs.Flush(ref icebergs);
        if (_bucketStart != long.MinValue)
        {
            CloseBucket();
        }

        _pressure.Finish(_maxTs);
        var longest = 0L;
        foreach (var w in _o.Pressure.Windows)
        {
            longest = Math.Max(longest, w.Ticks * TimeSpan.NanosecondsPerTick);
        }

        var dflow = new DeltaFlowSink(this);
        _underlyingPressure.AdvanceTo(_maxTs + longest, ref dflow);
        var outcomes = new OutcomeSink(this);
        _brackets.Flush(ref outcomes);
    }

    private void Advance(long ts)
    {
        _nextAdvance = ts + AdvanceEveryNs;
        if (_bucketStart != long.MinValue && ts >= _bucketEnd)
        {
            CloseBucket();
        }

        var sink = new EmergencySink(this);
        _emergency.AdvanceTo(ts, ref sink);
        var outcomes = new OutcomeSink(this);
        _brackets.AdvanceTo(ts, ref outcomes);
        _calibration.AdvanceTo(ts);
    }

    /// <summary>The last valid mid of future <paramref name="futureId"/> if it is at most <c>max_mid_age</c> old at <paramref name="ts"/>.</summary>
    private double? MidOf(uint futureId, long ts) =>
        _mids.TryGetValue(futureId, out var m) && ts - m.Ts <= _maxMidAgeNs ? m.Mid : null;

    private void OnFutureTop(uint futureId, long ts, in BookTop top)
    {
        if (UnderlyingMid.Of(in top, ts, long.MaxValue) is double mid)
        {
            _mids[futureId] = (ts, mid);
            var outcomes = new OutcomeSink(this);
            _brackets.OnMid(futureId, ts, mid, ref outcomes);
            _calibration.OnMid(futureId, ts, mid);
        }
    }

    private long BucketStartOf(long ts)
    {
        const long sessionNs = TradingSession.BucketCount * TradingSession.BucketNs;
        var since = ts - _sessionOpen;
        if (_sessionOpen == long.MinValue || since < 0 || since >= sessionNs)
        {
            if (TradingSession.BucketOf(ts) < 0)
            {
                return long.MinValue;
            }

            _sessionOpen = TradingSession.OpenNs(TradingSession.TradeDateOf(ts));
            since = ts - _sessionOpen;
        }

        return _sessionOpen + (since / TradingSession.BucketNs * TradingSession.BucketNs);
    }

    private readonly struct AggressorSink(IfdPipeline owner) : IOperatorSink<AggressorEvent>
    {
        public void Emit(in AggressorEvent item) => owner.OnAggressor(in item);
    }

    private readonly struct DeltaFlowSink(IfdPipeline owner) : IOperatorSink<DeltaFlowWindow>
    {
        public void Emit(in DeltaFlowWindow item) =>
            owner._sink.OnUnderlyingWindow(in item, owner._registry.TryGet(item.Key, out var u) ? u.RawSymbol : "");
    }

    private readonly struct IcebergSink(IfdPipeline owner) : IOperatorSink<IcebergCandidate>
    {
        public void Emit(in IcebergCandidate item)
        {
            if (!item.IsFinal)
            {
                owner.OnIceberg(in item);
            }
        }
    }

    private readonly struct OutcomeSink(IfdPipeline owner) : IOperatorSink<BracketOutcome>
    {
        public void Emit(in BracketOutcome item) =>
            owner._sink.OnOutcome(in item, owner._registry.TryGet(item.UnderlyingId, out var u) ? u.RawSymbol : "");
    }

    private readonly struct EmergencySink(IfdPipeline owner) : IOperatorSink<EmergencySignal>
    {
        public void Emit(in EmergencySignal item) => owner.OnEmergency(item);
    }
}
