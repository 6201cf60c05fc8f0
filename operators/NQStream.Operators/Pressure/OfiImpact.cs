using NQStream.Operators.Numerics;

namespace NQStream.Operators.Pressure;

/// <summary>
/// OFI price-impact diagnostic (§4.1): ΔP_k = α + β·OFI_k + ε_k by OLS with intercept over the windows
/// of one <see cref="Ofi"/> operator, per trade date and per tumbling <c>impact_window</c> block
/// (30 min = 180 ten-second windows, aligned like the windows). β in points per contract.
/// Windows without a mid at both boundaries are left out.
/// </summary>
public sealed class OfiImpact
{
    /// <summary>Default <c>impact_window</c>: 30 min.</summary>
    public const long DefaultImpactWindowNs = 30 * 60 * TimeBins.NsPerSecond;

    private BlockRegression _regression;

    /// <summary>Creates the operator.</summary>
    /// <param name="impactWindowNs">Block length (<c>impact_window</c>, default 30 min).</param>
    /// <param name="originNs">Block alignment (use the OFI windows' origin).</param>
    public OfiImpact(long impactWindowNs = DefaultImpactWindowNs, long originNs = 0)
    {
        _regression = new BlockRegression(impactWindowNs, originNs);
    }

    /// <summary>The fit over the trade date so far.</summary>
    public RegressionWindow Day => _regression.Day;

    /// <summary>Adds one closed OFI window; emits a block fit when a block completes.</summary>
    public void OnWindow<TSink>(in OfiWindow window, ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow>
    {
        if (window.DMidPts is not { } dp)
        {
            return;
        }

        _regression.Add(window.StartNs, window.EndNs, window.Ofi, dp, window.NTransitions > 0, ref sink);
    }

    /// <summary>Emits the open, incomplete block (end of stream).</summary>
    public void Flush<TSink>(ref TSink sink)
        where TSink : IOperatorSink<RegressionWindow> => _regression.Flush(ref sink);

    /// <summary>Starts a new trade date (flush first).</summary>
    public void ResetDay() => _regression.ResetDay();
}
