using NQStream.Market.Dbn;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// One trade date: opens the books at 17:00 CT, runs the participants until 16:00 CT in event-time order,
/// and cancels what is left. Five paced processes (futures moves, futures churn, option churn, option
/// noise trades, options re-quote waves) and a queue of timed actions (refills,
/// expiries, institutional scripts) are merged by time; everything runs on one thread from seeded streams,
/// so the output is a pure function of the options and the day.
/// </summary>
internal sealed partial class DaySimulator
{
    private const int FuturesMove = 0;
    private const int FuturesChurn = 1;
    private const int OptionChurn = 2;
    private const int OptionTrade = 3;
    private const int OptionWave = 4;
    private const int Processes = 5;

    private readonly SimulationOptions _o;
    private readonly IntradayProfile _profile;
    private readonly FuturePricePath _path;
    private readonly FairValueModel _fair;
    private readonly MboEmitter _emitter = new();
    private readonly DeltaWindow[] _windows = [new(), new()];
    private readonly OrderFlow _flow;
    private readonly ActivitySampler _sampler = new();
    private readonly PriorityQueue<Scheduled, (ulong Ts, long Seq)> _queue = new();
    private readonly List<int> _items = [];
    private readonly List<double> _weights = [];

    private SimInstrument[] _inst = [];
    private MarketMaker _mm = null!;
    private NoiseTrader _noise = null!;
    private SimRandom _rng = null!;
    private RateController[] _rates = [];
    private List<FlowLabel> _labels = [];
    private DateOnly _date;
    private ulong _open;
    private ulong _close;
    private ulong _now;
    private long _queueSeq;
    private int _bucket;
    private long _noiseTrades;
    private long _noiseContracts;

    public DaySimulator(SimulationOptions options, IntradayProfile profile, FuturePricePath path, OrderIdAllocator ids)
    {
        _o = options;
        _profile = profile;
        _path = path;
        _fair = new FairValueModel(new VolSmile(options.AtmVolatility, options.SmileSkew, options.SmileCurvature), options.RiskFreeRate);
        _flow = new OrderFlow(_emitter, ids, _windows);
    }

    public OrderFlow Flow => _flow;

    public SimulationOptions Options => _o;

    public SimRandom FlowRandom { get; private set; } = null!;

    public ulong Now => _now;

    public SimInstrument Future(int slot) => _inst[slot];

    public DeltaWindow Window(int slot) => _windows[slot];

    /// <summary>Records written so far today (progress).</summary>
    public long Records => _emitter.Counters.Records;

    /// <summary>Simulates trade date <paramref name="date"/> over <paramref name="instruments"/> (futures in slots 0 and 1) into <paramref name="mboPath"/>.</summary>
    public DayResult Run(DateOnly date, int dayIndex, SimInstrument[] instruments, string mboPath, DbnMetadata metadata, Action<long>? progress)
    {
        _date = date;
        _inst = instruments;
        _open = TradingCalendar.SessionOpenNs(date);
        _close = TradingCalendar.SessionCloseNs(date);
        _now = _open;
        _queue.Clear();
        _labels = [];
        _noiseTrades = 0;
        _noiseContracts = 0;
        var seed = _o.Seed;
        var stream = (ulong)dayIndex * 16UL;
        _rng = SimRandom.Derive(seed, stream + 1);
        FlowRandom = SimRandom.Derive(seed, stream + 2);
        _mm = new MarketMaker(_flow, SimRandom.Derive(seed, stream + 3), _o);
        _noise = new NoiseTrader(_flow, SimRandom.Derive(seed, stream + 4), _o);
        _path.BeginDay(_open, SimRandom.Derive(seed, stream + 5));
        foreach (var w in _windows)
        {
            w.Reset();
            w.ResetMax();
        }

        var frontOpen = _path.Price;
        _emitter.Open(new BlockPipeline(DbnWriter.Create(mboPath, metadata, _o.ZstdLevel)));
        try
        {
            OpenBooks();
            StartProcesses();
            InstitutionalSchedule.Plan(this, SimRandom.Derive(seed, stream + 6));
            Loop(progress);
            CloseBooks();
        }
        finally
        {
            _emitter.Close();
        }

        _labels.Sort((a, b) => a.TsEvent != b.TsEvent ? a.TsEvent.CompareTo(b.TsEvent) : string.CompareOrdinal(a.Id, b.Id));
        var perInstrument = new long[_inst.Length];
        for (var i = 0; i < _inst.Length; i++)
        {
            perInstrument[i] = _inst[i].Records;
        }

        return new DayResult(date, _emitter.Counters, _labels, 2, _inst.Length - 2, frontOpen, _path.Price,
            Math.Max(_windows[0].MaxQuiet, _windows[1].MaxQuiet), perInstrument);
    }

    private void OpenBooks()
    {
        var ts = _open;
        for (var i = 0; i < _inst.Length; i++)
        {
            var inst = _inst[i];
            inst.ResetSession();
            UpdateFair(inst, ts);
            _mm.Quote(inst, ts, refill: false);
            ts += 2_000;
            if (inst.ExpirationNs < _close)
            {
                Enqueue(inst.ExpirationNs, new Scheduled(ScheduledKind.Expire, i, null));
            }
        }

        _now = ts;
        _bucket = -1;
    }

    private void CloseBooks()
    {
        var ts = Math.Max(_now, _close - 1_000_000_000UL);
        for (var i = 0; i < _inst.Length; i++)
        {
            if (_inst[i].Active && _inst[i].Book.Count > 0)
            {
                _flow.CancelAll(_inst[i], ts);
                ts += 1_000;
            }
        }
    }

    private void StartProcesses()
    {
        var m = (double)_o.EventsPerDay;
        var futures = m * _o.FuturesRecordShare;
        _rates =
        [
            new RateController(futures * 0.6, 8.0),
            new RateController(futures * 0.4, 3.0),
            new RateController(m * _o.ChurnRecordShare, 1.5),
            new RateController(m * _o.TradeRecordShare, 6.0),
            new RateController(m * (1.0 - _o.FuturesRecordShare - _o.TradeRecordShare - _o.ChurnRecordShare), 200.0),
        ];
    }

    private void Loop(Action<long>? progress)
    {
        var cut = _close - 2_000_000_000UL;
        Span<ulong> next = stackalloc ulong[Processes];
        for (var p = 0; p < Processes; p++)
        {
            next[p] = ProfileTime(_rates[p].Next(_rng));
        }

        long reported = 0;
        while (true)
        {
            var kind = 0;
            for (var p = 1; p < Processes; p++)
            {
                if (next[p] < next[kind])
                {
                    kind = p;
                }
            }

            var t = next[kind];
            var fromQueue = _queue.TryPeek(out _, out var pri) && pri.Ts <= t;
            if (fromQueue)
            {
                t = pri.Ts;
            }

            if (t >= cut)
            {
                break;
            }

            _now = Math.Max(_now, t);
            var bucket = Bucket(_now);
            if (bucket != _bucket)
            {
                _bucket = bucket;
                RebuildWeights();
            }

            if (fromQueue)
            {
                RunScheduled(_queue.Dequeue());
            }
            else
            {
                _rates[kind].Record(RunProcess(kind));
                next[kind] = ProfileTime(_rates[kind].Next(_rng));
            }

            if (progress is not null && _emitter.Counters.Records - reported >= 250_000)
            {
                reported = _emitter.Counters.Records;
                progress(reported);
            }
        }
    }

    private ulong ProfileTime(double u) => _open + (ulong)_profile.FromProfile(u);

    public int Bucket(ulong ts) => (int)Math.Clamp((long)(ts - _open) / TradingCalendar.BucketNs, 0, TradingCalendar.BucketCount - 1);

    public ulong BucketStart(int bucket) => _open + ((ulong)bucket * TradingCalendar.BucketNs);

    private void Enqueue(ulong ts, Scheduled action) => _queue.Enqueue(action, (ts, _queueSeq++));

    public void ScheduleRefill(SimInstrument inst, ulong ts) => Enqueue(ts, new Scheduled(ScheduledKind.Refill, inst.Slot, null));

    public void Schedule(ulong ts, FlowScript script) => Enqueue(ts, new Scheduled(ScheduledKind.Script, -1, script));

    private void RunScheduled(Scheduled action)
    {
        switch (action.Kind)
        {
            case ScheduledKind.Refill:
                var inst = _inst[action.Slot];
                if (inst.Active)
                {
                    UpdateFair(inst, _now);
                    _rates[inst.IsFuture ? FuturesChurn : OptionTrade].AddRecords(_mm.Quote(inst, _now, refill: true));
                }

                break;
            case ScheduledKind.Expire:
                var expiring = _inst[action.Slot];
                _flow.CancelAll(expiring, _now);
                expiring.Active = false;
                RebuildWeights();
                break;
            default:
                var next = action.Script!.Step(this, _now);
                if (next != FlowScript.Done)
                {
                    Enqueue(Math.Max(next, _now + 1), action);
                }

                break;
        }
    }
}
