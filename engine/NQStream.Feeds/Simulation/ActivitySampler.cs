namespace NQStream.Feeds.Simulation;

/// <summary>Walker/Vose alias table: draws an item with probability ∝ its weight in O(1).</summary>
internal sealed class ActivitySampler
{
    private double[] _prob = [];
    private int[] _alias = [];
    private int[] _items = [];
    private int _n;

    public double TotalWeight { get; private set; }

    public int Count => _n;

    /// <summary>Builds the table over <paramref name="items"/> with <paramref name="weights"/> (same length).</summary>
    public void Build(List<int> items, List<double> weights)
    {
        _n = items.Count;
        if (_prob.Length < _n)
        {
            _prob = new double[_n];
            _alias = new int[_n];
            _items = new int[_n];
        }

        TotalWeight = 0;
        for (var i = 0; i < _n; i++)
        {
            TotalWeight += weights[i];
            _items[i] = items[i];
        }

        if (_n == 0 || TotalWeight <= 0)
        {
            _n = 0;
            return;
        }

        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < _n; i++)
        {
            _prob[i] = weights[i] * _n / TotalWeight;
            _alias[i] = i;
            (_prob[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _alias[s] = l;
            _prob[l] = _prob[l] + _prob[s] - 1.0;
            (_prob[l] < 1.0 ? small : large).Push(l);
        }

        while (large.Count > 0)
        {
            _prob[large.Pop()] = 1.0;
        }

        while (small.Count > 0)
        {
            _prob[small.Pop()] = 1.0;
        }
    }

    /// <summary>An item, or −1 when the table is empty.</summary>
    public int Sample(SimRandom rng)
    {
        if (_n == 0)
        {
            return -1;
        }

        var i = rng.NextInt(_n);
        return rng.NextDouble() < _prob[i] ? _items[i] : _items[_alias[i]];
    }
}
