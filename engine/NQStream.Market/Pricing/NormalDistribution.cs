namespace NQStream.Market.Pricing;

/// <summary>
/// Standard normal CDF and PDF for Black-76 (docs/algorithms.md §3): N(x) = ½·erfc(−x/√2), with erfc from
/// W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations for the error function",
/// Math. Comp. 1969; netlib specfun CALERF), accurate to about one unit in the last place of a double.
/// </summary>
/// <remarks>
/// The erfc form keeps relative accuracy in both tails, so deep in- and out-of-the-money options need no special
/// case: N(−37) ≈ 5.7e-300 is computed, not rounded to 0 by a 1 − N(37) cancellation. Static, branch-light,
/// allocation-free: the hot path calls it per option per event.
/// </remarks>
public static class NormalDistribution
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrt2Pi = 0.39894228040143267794;
    private const double InvSqrtPi = 0.56418958354775628695;

    // Below 0.46875 erf is evaluated directly; above, erfc through the scaled erfcx(y) = e^(y²)·erfc(y).
    private const double SmallArgument = 0.46875;

    // From here on erfc(y) = erfcx(y)·e^(−y²) < 0.021·e^(−745.3) is below the smallest subnormal (N(x) for x < −38.6).
    private const double ZeroAbove = 27.3;

    /// <summary>
    /// Standard normal cumulative distribution function N(x) = ½·erfc(−x/√2); 0 and 1 at −∞ and +∞, NaN for NaN.
    /// </summary>
    /// <remarks>
    /// Evaluated as ½·erfcx(y)·e^(−x²/2) with y = −x/√2: the smooth erfcx absorbs the rounding of y, and e^(−x²/2) is
    /// split on x itself (Cody's 1/16 splitting), so the lower tail keeps a relative error of a few ulps instead of
    /// the ~x²·ε that rounding x/√2 and squaring it would cost (≈1e-13 at x = −37).
    /// </remarks>
    public static double Cdf(double x)
    {
        double y = -x * InvSqrt2;
        double ay = Math.Abs(y);
        if (ay <= SmallArgument)
        {
            return 0.5 * (1.0 - ErfSmall(y));
        }

        double halfTail = ay >= ZeroAbove ? 0.0 : 0.5 * ErfcxAbove(ay) * ExpMinusHalfSquare(Math.Abs(x));
        return y < 0.0 ? 1.0 - halfTail : halfTail;
    }

    /// <summary>Standard normal density n(x) = e^(−x²/2)/√(2π); 0 for infinite x.</summary>
    public static double Pdf(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>Complementary error function erfc(x) = 1 − erf(x), Cody's three-interval rational form.</summary>
    public static double Erfc(double x)
    {
        double y = Math.Abs(x);
        if (y <= SmallArgument)
        {
            // erfc ∈ [0.5, 1.5] here: 1 − erf loses nothing.
            return 1.0 - ErfSmall(x);
        }

        double tail = y >= ZeroAbove ? 0.0 : ErfcxAbove(y) * ExpMinusSquare(y);
        return x < 0.0 ? 2.0 - tail : tail;
    }

    // erf(x) = x·A(x²)/B(x²) for |x| ≤ 0.46875.
    private static double ErfSmall(double x)
    {
        double z = x * x;
        double num = ((((0.185777706184603153 * z + 3.1611237438705656) * z + 113.864154151050156) * z
            + 377.485237685302021) * z) + 3209.37758913846947;
        double den = ((((z + 23.6012909523441209) * z + 244.024637934444173) * z + 1282.61652607737228) * z)
            + 2844.23683343917062;
        return x * num / den;
    }

    // erfcx(y) for y > 0.46875.
    private static double ErfcxAbove(double y) => y <= 4.0 ? ErfcxMiddle(y) : ErfcxTail(y);

    // erfcx(y) = e^(y²)·erfc(y) for 0.46875 < y ≤ 4.
    private static double ErfcxMiddle(double y)
    {
        double num = (((((((((2.15311535474403846e-8 * y) + 0.564188496988670089) * y + 8.88314979438837594) * y
            + 66.1191906371416295) * y + 298.635138197400131) * y + 881.95222124176909) * y
            + 1712.04761263407058) * y + 2051.07837782607147) * y) + 1230.33935479799725;
        double den = ((((((((y + 15.7449261107098347) * y + 117.693950891312499) * y + 537.181101862009858) * y
            + 1621.38957456669019) * y + 3290.79923573345963) * y + 4362.61909014324716) * y
            + 3439.36767414372164) * y) + 1230.33935480374942;
        return num / den;
    }

    // erfcx(y) for 4 < y < 26.543: (1/√π − z·P(z)/Q(z))/y with z = 1/y².
    private static double ErfcxTail(double y)
    {
        double z = 1.0 / (y * y);
        double num = (((((0.0163153871373020978 * z + 0.305326634961232344) * z + 0.360344899949804439) * z
            + 0.125781726111229246) * z + 0.0160837851487422766) * z) + 6.58749161529837803e-4;
        double den = (((((z + 2.56852019228982242) * z + 1.87295284992346047) * z + 0.527905102951428412) * z
            + 0.0605183413124413191) * z) + 0.00233520497626869185;
        return (InvSqrtPi - (z * num / den)) / y;
    }

    // e^(−y²) computed as e^(−ŷ²)·e^(−(y−ŷ)(y+ŷ)) with ŷ = y truncated to 1/16: y² is never rounded as a whole,
    // which keeps the relative error of the tail small where e^(−y²) is steep (Cody's splitting).
    private static double ExpMinusSquare(double y)
    {
        double yHat = Math.Truncate(y * 16.0) / 16.0;
        return Math.Exp(-yHat * yHat) * Math.Exp(-(y - yHat) * (y + yHat));
    }

    // e^(−x²/2) for x ≥ 0, split the same way: x̂ = x truncated to 1/16 makes x̂²/2 exact.
    private static double ExpMinusHalfSquare(double x)
    {
        double xHat = Math.Truncate(x * 16.0) / 16.0;
        return Math.Exp(-0.5 * xHat * xHat) * Math.Exp(-0.5 * (x - xHat) * (x + xHat));
    }
}
