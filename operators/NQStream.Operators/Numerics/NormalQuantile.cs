namespace NQStream.Operators.Numerics;

/// <summary>Inverse of the standard normal distribution function, Φ⁻¹.</summary>
public static class NormalQuantile
{
    /// <summary>
    /// Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (relative error ≈ 1e-9) refined by one Halley step
    /// against <see cref="NormalCdf.Phi"/>, which brings it to near machine precision.
    /// </summary>
    /// <param name="p">Probability in (0, 1).</param>
    public static double Of(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in (0, 1)");
        }

        const double pLow = 0.02425;
        double x;
        if (p < pLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = Num(q, C) / Den(q, D);
        }
        else if (p <= 1 - pLow)
        {
            var q = p - 0.5;
            var r = q * q;
            x = Num(r, A) * q / Den(r, B);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -Num(q, C) / Den(q, D);
        }

        var e = NormalCdf.Phi(x) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    /// <summary>Two-sided critical value z with P(|Z| ≤ z) = confidence, e.g. 1.959964 for 0.95.</summary>
    /// <param name="confidence">Confidence level in (0, 1).</param>
    public static double TwoSided(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1)");
        }

        return Of(1 - ((1 - confidence) / 2));
    }

    private static double Num(double x, ReadOnlySpan<double> c)
    {
        var s = c[0];
        for (var i = 1; i < c.Length; i++)
        {
            s = (s * x) + c[i];
        }

        return s;
    }

    private static double Den(double x, ReadOnlySpan<double> d) => (Num(x, d) * x) + 1;

    // P. J. Acklam (2003), "An algorithm for computing the inverse normal cumulative distribution function".
    private static ReadOnlySpan<double> A => [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static ReadOnlySpan<double> B => [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static ReadOnlySpan<double> C => [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static ReadOnlySpan<double> D => [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
}
