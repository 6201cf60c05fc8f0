using NQStream.Market.Pricing;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Option fair values and deltas: exact Black-76 on the smile, refreshed when the future has moved more
/// than 0.3 % or the last exact value is older than 10 minutes (1 minute within a day of expiry); in
/// between a second-order Taylor step in F, which keeps a re-quote wave over thousands of options cheap.
/// </summary>
internal sealed class FairValueModel
{
    private const double NsPerYear = 365.0 * 86_400.0 * 1e9;
    private const ulong TenMinutes = 10 * 60 * 1_000_000_000UL;
    private const ulong OneMinute = 60 * 1_000_000_000UL;

    private readonly VolSmile _smile;
    private readonly double _rate;

    public FairValueModel(VolSmile smile, double rate)
    {
        _smile = smile;
        _rate = rate;
    }

    public static double Years(ulong expiration, ulong ts) => Math.Max((long)(expiration - ts), 60_000_000_000L) / NsPerYear;

    public void Update(SimInstrument inst, double forward, ulong ts)
    {
        if (inst.IsFuture)
        {
            inst.Fair = forward;
            inst.Delta = 1.0;
            return;
        }

        var dF = forward - inst.ExactForward;
        var age = ts - inst.ExactTs;
        var nearExpiry = inst.ExpirationNs - ts < 86_400_000_000_000UL;
        if (inst.ExactTs == 0 || Math.Abs(dF) > 0.003 * forward || age > (nearExpiry ? OneMinute : TenMinutes))
        {
            Refresh(inst, forward, ts);
            return;
        }

        inst.Fair = Math.Max(inst.ExactPrice + (inst.ExactDelta * dF) + (0.5 * inst.ExactGamma * dF * dF), 0.0);
        inst.Delta = inst.IsCall
            ? Math.Clamp(inst.ExactDelta + (inst.ExactGamma * dF), 0.0, 1.0)
            : Math.Clamp(inst.ExactDelta + (inst.ExactGamma * dF), -1.0, 0.0);
    }

    public void Refresh(SimInstrument inst, double forward, ulong ts)
    {
        var years = Years(inst.ExpirationNs, ts);
        var sigma = _smile.Sigma(forward, inst.Strike, years);
        var g = Black76.Compute(forward, inst.Strike, years, _rate, sigma, inst.IsCall ? OptionType.Call : OptionType.Put);
        inst.ExactForward = forward;
        inst.ExactPrice = g.Price;
        inst.ExactDelta = g.Delta;
        inst.ExactGamma = g.Gamma;
        inst.ExactTs = ts;
        inst.Fair = g.Price;
        inst.Delta = g.Delta;
    }
}
