namespace NQStream.Operators.Numerics;

/// <summary>Standard normal distribution function Φ.</summary>
public static class NormalCdf
{
    /// <summary>Φ(z) = ½·erfc(−z/√2), with erfc from W. J. Cody's rational approximations (relative error &lt; 1e-15 over the range used).</summary>
    public static double Phi(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>Complementary error function.</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var ax = Math.Abs(x);
        if (ax < 0.5)
        {
            return 1 - Erf(x);
        }

        double r;

        if (ax < 4)
        {
            r = Math.Exp(-ax * ax) * Horner(ax, P2) / Horner(ax, Q2);
        }
        else
        {
            var z = 1 / (ax * ax);
            r = (Math.Exp(-ax * ax) / ax) * ((1 / Math.Sqrt(Math.PI)) - (z * Horner(z, P3) / Horner(z, Q3)));
        }

        return x < 0 ? 2 - r : r;
    }

    /// <summary>Error function.</summary>
    public static double Erf(double x)
    {
        if (Math.Abs(x) >= 0.5)
        {
            return 1 - Erfc(x);
        }

        var z = x * x;
        return x * Horner(z, P1) / Horner(z, Q1);
    }

    private static double Horner(double x, ReadOnlySpan<double> c)
    {
        var s = c[0];
        for (var i = 1; i < c.Length; i++)
        {
            s = (s * x) + c[i];
        }

        return s;
    }

    // Cody (1969), "Rational Chebyshev approximations for the error function", coefficients highest power first.
    private static ReadOnlySpan<double> P1 => [1.857777061846031526730e-1, 3.161123743870565596947e0, 1.138641541510501556495e2, 3.774852376853020208137e2, 3.209377589138469472562e3];
    private static ReadOnlySpan<double> Q1 => [1.0, 2.360129095234412093499e1, 2.440246379344441733056e2, 1.282616526077372275645e3, 2.844236833439170622273e3];
    private static ReadOnlySpan<double> P2 => [2.15311535474403846343e-8, 5.64188496988670089180e-1, 8.88314979438837594118e0, 6.61191906371416294775e1, 2.98635138197400131132e2, 8.81952221241769090411e2, 1.71204761263407058314e3, 2.05107837782607146532e3, 1.23033935479799725272e3];
    private static ReadOnlySpan<double> Q2 => [1.0, 1.57449261107098347253e1, 1.17693950891312499305e2, 5.37181101862009857509e2, 1.62138957456669018874e3, 3.29079923573345962678e3, 4.36261909014324715820e3, 3.43936767414372163696e3, 1.23033935480374942043e3];
    private static ReadOnlySpan<double> P3 => [1.63153871373020978498e-2, 3.05326634961232344035e-1, 3.60344899949804439429e-1, 1.25781726111229246204e-1, 1.60837851487422766278e-2, 6.58749161529837803157e-4];
    private static ReadOnlySpan<double> Q3 => [1.0, 2.56852019228982242072e0, 1.87295284992346725209e0, 5.27905102951428412248e-1, 6.05183413124413191178e-2, 2.33520497626869185443e-3];
}
