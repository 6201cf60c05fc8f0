namespace NQStream.Operators.Filters;

/// <summary>Rolling window of one underlying for <see cref="EmergencyDetector"/>: a growable ring of (ts, instrument, FE).</summary>
internal sealed class EmergencyWindow(uint underlyingId)
{
    private long[] _ts = new long[64];
    private uint[] _instrument = new uint[64];
    private double[] _fe = new double[64];
    private int _head;

    public uint UnderlyingId { get; } = underlyingId;

    public int Count { get; private set; }

    public double FeBuy { get; private set; }

    public double FeSell { get; private set; }

    public double FeNet => FeBuy + FeSell;

    public bool Armed { get; set; } = true;

    public void Add(long ts, uint instrumentId, double fe)
    {
        if (Count == _ts.Length)
        {
            Grow();
        }

        var i = (_head + Count) % _ts.Length;
        _ts[i] = ts;
        _instrument[i] = instrumentId;
        _fe[i] = fe;
        Count++;
        if (fe > 0)
        {
            FeBuy += fe;
        }
        else
        {
            FeSell += fe;
        }
    }

    /// <summary>Drops entries with ts ≤ <paramref name="cutoff"/> (the window is (t − w, t]).</summary>
    public void EvictUpTo(long cutoff)
    {
        while (Count > 0 && _ts[_head] <= cutoff)
        {
            var fe = _fe[_head];
            if (fe > 0)
            {
                FeBuy -= fe;
            }
            else
            {
                FeSell -= fe;
            }

            _head = (_head + 1) % _ts.Length;
            Count--;
        }

        if (Count == 0)
        {
            // An empty window is exactly zero: no rounding residue carried into the next burst.
            FeBuy = 0;
            FeSell = 0;
        }
    }

    /// <summary>Up to <paramref name="max"/> instruments by |Σ FE| in the window (rare path: runs only when the detector fires).</summary>
    public EmergencyContributor[] TopContributors(int max)
    {
        var sums = new Dictionary<uint, double>();
        for (var k = 0; k < Count; k++)
        {
            var i = (_head + k) % _ts.Length;
            sums[_instrument[i]] = sums.GetValueOrDefault(_instrument[i]) + _fe[i];
        }

        var all = new EmergencyContributor[sums.Count];
        var n = 0;
        foreach (var (id, fe) in sums)
        {
            all[n++] = new EmergencyContributor(id, fe);
        }

        Array.Sort(all, static (a, b) =>
        {
            var c = Math.Abs(b.FuturesEquivalent).CompareTo(Math.Abs(a.FuturesEquivalent));
            return c != 0 ? c : a.InstrumentId.CompareTo(b.InstrumentId);
        });
        return all.Length <= max ? all : all[..max];
    }

    private void Grow()
    {
        var n = _ts.Length * 2;
        var ts = new long[n];
        var ins = new uint[n];
        var fe = new double[n];
        for (var k = 0; k < Count; k++)
        {
            var i = (_head + k) % _ts.Length;
            ts[k] = _ts[i];
            ins[k] = _instrument[i];
            fe[k] = _fe[i];
        }

        _ts = ts;
        _instrument = ins;
        _fe = fe;
        _head = 0;
    }
}
