namespace NQStream.Operators.Confidence;

/// <summary>
/// The BH family of one ToD bucket as it grows in the stream (§5.5): members are added or their p updated as
/// events arrive; <see cref="TryDecide"/> and <see cref="Evaluate"/> run BH over the current members. Results before
/// the bucket closes are provisional (<c>fdr_provisional</c>); the final pass runs at bucket close. A member's result
/// does not depend on the order members arrived in (ties in p get the same q and significance).
/// <para>
/// Stream cost: BH runs at most once per change of the family (the result is cached until the next
/// <see cref="Set"/>), into buffers the family keeps across buckets (<see cref="Clear"/>), so deciding every member
/// at bucket close costs one sort, and nothing is allocated once the buffers have grown to the largest family.
/// </para>
/// </summary>
public sealed class BhFamily
{
    private readonly Dictionary<uint, int> _index = [];
    private uint[] _ids = new uint[16];
    private double[] _p = new double[16];
    private double[] _q = new double[16];
    private bool[] _significant = new bool[16];
    private double[] _keys = new double[16];
    private int[] _order = new int[16];
    private int _count;
    private double _decidedFor = double.NaN;

    /// <summary>Members in the family.</summary>
    public int Count => _count;

    /// <summary>Adds an instrument (v ≥ volume floor) or replaces its p-value.</summary>
    /// <param name="instrumentId">Instrument id.</param>
    /// <param name="pValue">Its direction-test p-value.</param>
    public void Set(uint instrumentId, double pValue)
    {
        if (!(pValue >= 0 && pValue <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pValue), pValue, $"p-value of instrument {instrumentId} must be in [0, 1]");
        }

        if (!_index.TryGetValue(instrumentId, out var i))
        {
            if (_count == _ids.Length)
            {
                Grow(_count * 2);
            }

            i = _count++;
            _index.Add(instrumentId, i);
            _ids[i] = instrumentId;
        }
        else if (_p[i] == pValue)
        {
            return;
        }

        _p[i] = pValue;
        _decidedFor = double.NaN;
    }

    /// <summary>Empties the family for the next bucket (keeps its buffers).</summary>
    public void Clear()
    {
        _index.Clear();
        _count = 0;
        _decidedFor = double.NaN;
    }

    /// <summary>The BH result of one member over the current family (cached until the family changes).</summary>
    /// <param name="instrumentId">Instrument id.</param>
    /// <param name="fdrQ">False discovery rate q.</param>
    /// <param name="qValue">Its BH-adjusted value.</param>
    /// <param name="significant">Whether it ranks ≤ k*.</param>
    /// <returns>False when the instrument is not a member.</returns>
    public bool TryDecide(uint instrumentId, double fdrQ, out double qValue, out bool significant)
    {
        if (!_index.TryGetValue(instrumentId, out var i))
        {
            qValue = double.NaN;
            significant = false;
            return false;
        }

        Decide(fdrQ);
        qValue = _q[i];
        significant = _significant[i];
        return true;
    }

    /// <summary>Runs BH over the current family; members in ascending instrument id.</summary>
    /// <param name="fdrQ">False discovery rate q.</param>
    /// <param name="bucketClosed">True for the final pass at bucket close.</param>
    public IReadOnlyList<FdrDecision> Evaluate(double fdrQ, bool bucketClosed)
    {
        Decide(fdrQ);
        var result = new FdrDecision[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = new FdrDecision(_ids[i], _p[i], _q[i], _significant[i], !bucketClosed);
        }

        Array.Sort(result, static (a, b) => a.InstrumentId.CompareTo(b.InstrumentId));
        return result;
    }

    private void Decide(double fdrQ)
    {
        if (_decidedFor == fdrQ)
        {
            return;
        }

        BenjaminiHochberg.Apply(_p.AsSpan(0, _count), fdrQ, _q.AsSpan(0, _count), _significant.AsSpan(0, _count), _keys, _order);
        _decidedFor = fdrQ;
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _p, capacity);
        Array.Resize(ref _q, capacity);
        Array.Resize(ref _significant, capacity);
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _order, capacity);
    }
}
