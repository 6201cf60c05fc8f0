using FluentAssertions;
using NQStream.Operators.Evaluation;
using Xunit;

namespace NQStream.Operators.Tests.Evaluation;

/// <summary>
/// The streaming tracker against a direct reading of §6.1 over whole random paths (several underlyings, shared
/// timestamps, gaps): same outcome for every bracket, and resolved ts never decreasing in emission order.
/// </summary>
public sealed class BracketTrackerOracleTests
{
    private const double Target = 4;
    private const double Stop = 3;
    private const long Tick = 100;              // ns per TimeSpan tick
    private const long HorizonNs = 50 * Tick;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Streaming_resolution_equals_the_whole_path_reading(int seed)
    {
        var rng = new Random(seed);
        var mids = new List<(uint U, long Ts, double Mid)>();
        double[] level = [100, 200, 300];
        long ts = 0;
        for (var i = 0; i < 3000; i++)
        {
            ts += Tick * (rng.Next(10) switch { 0 => 0, 9 => rng.Next(40, 120), _ => rng.Next(1, 6) });  // shared ts, gaps
            var u = (uint)rng.Next(3);
            level[u] += (rng.Next(5) - 2) * 0.75;
            mids.Add((u, ts, level[u]));
        }

        // A bracket is registered right after the mid it samples (as a signal raised at that point would be).
        var brackets = new List<(int At, string Id, long T0, uint U, int D, double F0)>();
        for (var i = 0; i < 400; i++)
        {
            var at = i % 10 == 0 ? mids.Count - 1 - rng.Next(30) : rng.Next(mids.Count);   // some near the end: unresolved
            var m = mids[at];
            brackets.Add((at, "b" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), m.Ts, m.U, rng.Next(2) == 0 ? 1 : -1, m.Mid + ((rng.Next(3) - 1) * 0.5)));
        }

        brackets.Sort((a, b) => a.At.CompareTo(b.At));
        var tracker = new BracketTracker(Target, Stop, TimeSpan.FromTicks(HorizonNs / Tick));
        var emitted = new List<BracketOutcome>();
        var sink = new Sink(emitted);
        var next = 0;
        for (var k = 0; k < mids.Count; k++)
        {
            tracker.OnMid(mids[k].U, mids[k].Ts, mids[k].Mid, ref sink);
            for (; next < brackets.Count && brackets[next].At == k; next++)
            {
                var b = brackets[next];
                tracker.Track(b.Id, b.T0, b.U, b.D, b.F0);
            }
        }

        tracker.Flush(ref sink);

        emitted.Should().HaveCount(brackets.Count);
        for (var i = 1; i < emitted.Count; i++)
        {
            emitted[i].ResolvedTs.Should().BeGreaterThanOrEqualTo(emitted[i - 1].ResolvedTs, "emission order follows resolved ts");
        }

        var expected = brackets.Select(b => Oracle(mids, b.T0, b.U, b.D, b.F0) with { SignalId = b.Id }).OrderBy(o => o.SignalId, StringComparer.Ordinal);
        emitted.OrderBy(o => o.SignalId, StringComparer.Ordinal).Should().Equal(expected);
        emitted.Select(o => o.Resolution).Distinct().Should().HaveCount(4, "the random paths exercise every resolution");
    }

    private static BracketOutcome Oracle(List<(uint U, long Ts, double Mid)> mids, long t0, uint u, int d, double f0)
    {
        var deadline = t0 + HorizonNs;
        double mfe = 0, mae = 0, last = double.NaN;
        var k = 0;
        while (k < mids.Count && mids[k].Ts <= t0)
        {
            k++;
        }

        while (k < mids.Count && mids[k].Ts <= deadline)
        {
            var groupTs = mids[k].Ts;
            double? hitMid = null;
            for (; k < mids.Count && mids[k].Ts == groupTs; k++)
            {
                if (mids[k].U != u)
                {
                    continue;
                }

                var x = d * (mids[k].Mid - f0);
                last = mids[k].Mid;
                mfe = Math.Max(mfe, x);
                mae = Math.Max(mae, -x);
                if (x <= -Stop)
                {
                    return new("", u, t0, groupTs, BracketResolution.Miss, d, f0, last, mfe, mae);
                }

                hitMid ??= x >= Target ? mids[k].Mid : null;
            }

            if (hitMid is double h)
            {
                return new("", u, t0, groupTs, BracketResolution.Hit, d, f0, h, mfe, mae);
            }
        }

        var end = mids[^1].Ts;
        return deadline <= end
            ? new("", u, t0, deadline, BracketResolution.Timeout, d, f0, last, mfe, mae)
            : new("", u, t0, Math.Max(end, t0), BracketResolution.Unresolved, d, f0, last, mfe, mae);
    }

    private readonly struct Sink(List<BracketOutcome> items) : IOperatorSink<BracketOutcome>
    {
        public void Emit(in BracketOutcome item) => items.Add(item);
    }
}
