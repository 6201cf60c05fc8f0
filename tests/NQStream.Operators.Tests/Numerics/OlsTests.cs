using FluentAssertions;
using NQStream.Operators.Numerics;
using Xunit;

namespace NQStream.Operators.Tests.Numerics;

public sealed class OlsTests
{
    [Fact]
    public void Fit_matches_hand_computed_values()
    {
        // x = 1,2,3; y = 2,4,5: Sxx = 2, Sxy = 3, Syy = 42/9 → β = 1.5, α = 2/3, R² = 81/84, t = 3√3.
        var ols = new Ols();
        ols.Add(1, 2);
        ols.Add(2, 4);
        ols.Add(3, 5);

        var fit = ols.Fit()!.Value;

        fit.Beta.Should().BeApproximately(1.5, 1e-12);
        fit.Alpha.Should().BeApproximately(2.0 / 3, 1e-12);
        fit.R2.Should().BeApproximately(81.0 / 84, 1e-12);
        fit.TStat!.Value.Should().BeApproximately(3 * Math.Sqrt(3), 1e-9);
        fit.N.Should().Be(3);
    }

    [Fact]
    public void Precision_survives_large_offsets()
    {
        var ols = new Ols();
        ols.Add(1e9 + 1, 2);
        ols.Add(1e9 + 2, 4);
        ols.Add(1e9 + 3, 5);

        ols.Fit()!.Value.Beta.Should().BeApproximately(1.5, 1e-9);
    }

    [Fact]
    public void Zero_variance_or_too_few_points_give_null()
    {
        var flatX = new Ols();
        flatX.Add(1, 2);
        flatX.Add(1, 3);
        var flatY = new Ols();
        flatY.Add(1, 2);
        flatY.Add(2, 2);
        var single = new Ols();
        single.Add(1, 1);

        flatX.Fit().Should().BeNull();
        flatY.Fit().Should().BeNull();
        single.Fit().Should().BeNull();
    }

    [Fact]
    public void Perfect_fit_has_no_t_statistic()
    {
        var ols = new Ols();
        ols.Add(0, 1);
        ols.Add(1, 3);
        ols.Add(2, 5);

        var fit = ols.Fit()!.Value;
        (fit.Beta, fit.Alpha, fit.R2, fit.TStat).Should().Be((2.0, 1.0, 1.0, (double?)null));
    }
}
