namespace NQStream.Feeds.Simulation;

/// <summary>
/// Rolling 5-minute sum of aggressor-signed option delta for one underlying, in the x100 unit of
/// algorithms.md 5.3 (X = 100 · Σ s·q·Δ over (t − 300 s, t]). The simulator steers noise against it and
/// sizes non-emergency injections under <see cref="SimulationOptions.QuietDeltaCap"/>, so only labelled
/// emergencies reach the emergency threshold; <see cref="MaxQuiet"/> records the largest |X| seen outside
/// an emergency's window.
/// </summary>
internal sealed class DeltaWindow
{
    public const ulong WindowNs = 300UL * 1_000_000_000UL;

    private (ulong Ts, double X)[] _ring = new (ulong, double)[1024];
    private int _head;
    private int _count;

    public double Sum { get; private set; }

    public double MaxQuiet { get; private set; }

    /// <summary>End of the window of the latest emergency (its trades count until then).</summary>
    public ulong EmergencyUntil { get; set; }

    public void Reset()
    {
        _head = 0;
        _count = 0;
        Sum = 0;
        EmergencyUntil = 0;
    }

    public void ResetMax() => MaxQuiet = 0;

    /// <summary>The sum at <paramref name="ts"/> after old entries leave the window.</summary>
    public double At(ulong ts)
    {
        Evict(ts);
        return Sum;
    }

    public void Add(ulong ts, double x)
    {
        Evict(ts);
        if (_count == _ring.Length)
        {
            var bigger = new (ulong, double)[_ring.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                bigger[i] = _ring[(_head + i) % _ring.Length];
            }

            _ring = bigger;
            _head = 0;
        }

        _ring[(_head + _count) % _ring.Length] = (ts, x);
        _count++;
        Sum += x;
        if (ts >= EmergencyUntil && Math.Abs(Sum) > MaxQuiet)
        {
            MaxQuiet = Math.Abs(Sum);
        }
    }

    private void Evict(ulong ts)
    {
        while (_count > 0 && _ring[_head].Ts + WindowNs <= ts)
        {
            Sum -= _ring[_head].X;
            _head = (_head + 1) % _ring.Length;
            _count--;
        }

        if (_count == 0)
        {
            Sum = 0;
        }
    }
}
