using FsCheck;
using FsCheck.Fluent;
using NQStream.Operators.Confidence;
using Xunit;

namespace NQStream.Operators.Tests.Confidence;

/// <summary>
/// Properties of BH on random families: q ≥ p; q is non-decreasing in p; the significant set is exactly
/// {q ≤ fdr_q}, a prefix in p order of size k*; and the result does not depend on input order.
/// </summary>
public sealed class BenjaminiHochbergPropertyTests
{
    [Fact]
    public void Bh_invariants_hold_on_random_families()
    {
        var gen = Gen.Choose(1, 40).SelectMany(m => Gen.Choose(0, 1_000_000).ArrayOf(m)).Select(a => a.Select(v => Math.Pow(v / 1_000_000.0, 4)).ToArray()); // skewed towards small p so k* > 0 is common
        Prop.ForAll(Arb.From(gen), Holds).QuickCheckThrowOnFailure();
    }

    private static bool Holds(double[] p)
    {
        const double fdr = 0.05;
        var m = p.Length;
        var q = new double[m];
        var sig = new bool[m];
        var kStar = BenjaminiHochberg.Apply(p, fdr, q, sig);

        var ok = sig.Count(s => s) == kStar;
        for (var i = 0; i < m; i++)
        {
            ok &= q[i] >= p[i] - 1e-15 && q[i] <= 1;
            ok &= sig[i] == (q[i] <= fdr + 1e-15);
            for (var j = 0; j < m; j++)
            {
                ok &= !(p[i] < p[j]) || q[i] <= q[j];
                ok &= !(sig[j] && p[i] < p[j]) || sig[i];
            }
        }

        var reversed = p.Reverse().ToArray();
        var q2 = new double[m];
        var sig2 = new bool[m];
        ok &= BenjaminiHochberg.Apply(reversed, fdr, q2, sig2) == kStar;
        for (var i = 0; i < m; i++)
        {
            ok &= q2[m - 1 - i] == q[i] && sig2[m - 1 - i] == sig[i];
        }

        return ok;
    }
}
