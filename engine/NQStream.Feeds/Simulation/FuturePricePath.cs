namespace NQStream.Feeds.Simulation;

/// <summary>
/// The front-month futures mid (points). Log-diffusion whose variance follows the intraday profile, plus
/// Poisson jumps, uninformed drift episodes (15–60 min) and informed drift impulses added after
/// informed institutional flow. The next quarterly trades at a fixed carry over the front.
/// </summary>
internal sealed class FuturePricePath
{
    private readonly SimulationOptions _options;
    private readonly IntradayProfile _profile;
    private readonly List<Drift> _drifts = [];
    private SimRandom _rng;
    private ulong _open;
    private ulong _last;
    private double _lastU;

    public FuturePricePath(SimulationOptions options, IntradayProfile profile)
    {
        _options = options;
        _profile = profile;
        _rng = new SimRandom(options.Seed);
        Price = options.InitialPrice;
    }

    /// <summary>Front-month mid (points).</summary>
    public double Price { get; private set; }

    /// <summary>Next-quarter mid (points).</summary>
    public double NextPrice => Price * (1.0 + _options.NextContractBasis);

    /// <summary>Starts a session: its own random stream and the day's drift episodes.</summary>
    public void BeginDay(ulong sessionOpen, SimRandom rng)
    {
        _rng = rng;
        _open = sessionOpen;
        _last = sessionOpen;
        _lastU = 0.0;
        _drifts.Clear();
        var episodes = Poisson(_options.DriftEpisodesPerDay);
        for (var i = 0; i < episodes; i++)
        {
            var start = sessionOpen + (ulong)_profile.FromProfile(_rng.NextDouble());
            var length = (ulong)(_rng.Uniform(15, 60) * SimCalendar.NsPerMinute);
            AddDrift(start, length, _rng.NextGaussian() * _options.DriftEpisodePoints);
        }
    }

    /// <summary>Adds a move of <paramref name="points"/> spread evenly over [start, start + length).</summary>
    public void AddDrift(ulong start, ulong length, double points) => _drifts.Add(new Drift(start, start + Math.Max(length, 1UL), points));

    /// <summary>Moves the path to <paramref name="ts"/> and returns the new front mid.</summary>
    public double Advance(ulong ts)
    {
        if (ts <= _last)
        {
            return Price;
        }

        var u = _profile.ToProfile((long)(ts - _open));
        var du = Math.Max(u - _lastU, 0.0);
        var dailyVariance = _options.AnnualVolatility * _options.AnnualVolatility / 252.0;
        var dx = Math.Sqrt(dailyVariance * du) * _rng.NextGaussian();
        if (_options.JumpsPerDay > 0 && _rng.NextDouble() < _options.JumpsPerDay * du)
        {
            dx += _rng.NextGaussian() * _options.JumpSize;
        }

        var drift = 0.0;
        for (var i = _drifts.Count - 1; i >= 0; i--)
        {
            var d = _drifts[i];
            var from = Math.Max(d.Start, _last);
            var to = Math.Min(d.End, ts);
            if (to > from)
            {
                drift += d.Points * (to - from) / (double)(d.End - d.Start);
            }

            if (d.End <= ts)
            {
                _drifts.RemoveAt(i);
            }
        }

        Price = Math.Max(100.0, (Price * Math.Exp(dx)) + drift);
        _last = ts;
        _lastU = u;
        return Price;
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = _rng.NextDouble();
        while (p > limit && k < 1000)
        {
            k++;
            p *= _rng.NextDouble();
        }

        return k;
    }

    private readonly record struct Drift(ulong Start, ulong End, double Points);
}
