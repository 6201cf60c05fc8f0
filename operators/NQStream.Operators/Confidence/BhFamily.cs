namespace NQStream.Operators.Confidence;

/// <summary>
/// The BH family of one ToD bucket as it grows in the stream (§5.5): members are added or their p updated as
/// events arrive; <see cref="Evaluate"/> runs BH over the current members. Results before the bucket closes are
/// provisional (<c>fdr_provisional</c>); the final pass runs at bucket close. Members are reported in ascending
/// instrument id, so output order never depends on arrival order.
/// </summary>
public sealed class BhFamily
{
    private readonly SortedDictionary<uint, double> _members = [];

    /// <summary>Members in the family.</summary>
    public int Count => _members.Count;

    /// <summary>Adds an instrument (v ≥ volume floor) or replaces its p-value.</summary>
    /// <param name="instrumentId">Instrument id.</param>
    /// <param name="pValue">Its direction-test p-value.</param>
    public void Set(uint instrumentId, double pValue)
    {
        if (!(pValue >= 0 && pValue <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pValue), pValue, $"p-value of instrument {instrumentId} must be in [0, 1]");
        }

        _members[instrumentId] = pValue;
    }

    /// <summary>Runs BH over the current family.</summary>
    /// <param name="fdrQ">False discovery rate q.</param>
    /// <param name="bucketClosed">True for the final pass at bucket close.</param>
    public IReadOnlyList<FdrDecision> Evaluate(double fdrQ, bool bucketClosed)
    {
        var m = _members.Count;
        var ids = new uint[m];
        var p = new double[m];
        var i = 0;
        foreach (var kv in _members)
        {
            ids[i] = kv.Key;
            p[i] = kv.Value;
            i++;
        }

        var q = new double[m];
        var sig = new bool[m];
        BenjaminiHochberg.Apply(p, fdrQ, q, sig);
        var result = new FdrDecision[m];
        for (i = 0; i < m; i++)
        {
            result[i] = new FdrDecision(ids[i], p[i], q[i], sig[i], !bucketClosed);
        }

        return result;
    }
}
