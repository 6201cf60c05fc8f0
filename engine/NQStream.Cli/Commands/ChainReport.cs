using NQStream.Operators.Options;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;
using NQStream.Operators.Legacy;
using NQStream.Operators.Risk;

namespace NQStream.Cli.Commands;

/// <summary>Everything <c>nqstream chain analyze</c> reports about one snapshot, computed by the chain-level operators.</summary>
internal sealed class ChainReport
{
    private ChainReport(ChainSnapshot snapshot, double forward, string forwardSource, long? asOfNs)
    {
        Snapshot = snapshot;
        Forward = forward;
        ForwardSource = forwardSource;
        AsOfNs = asOfNs;
    }

    public ChainSnapshot Snapshot { get; }

    public double Forward { get; }

    public string ForwardSource { get; }

    public long? AsOfNs { get; }

    public required PositioningRiskResult Positioning { get; init; }

    public required IReadOnlyList<SpikeSignal> Spikes { get; init; }

    public required IReadOnlyList<MaxPainLevel> MaxPain { get; init; }

    public required WallLevels Walls { get; init; }

    public required GexProfile Gex { get; init; }

    /// <summary>True when at least one strike with open interest has a gamma (IV and time to expiry known).</summary>
    public required bool GexPriced { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Runs every chain-level operator with parameters from <paramref name="ops"/>; <paramref name="inputNotes"/> come first in <see cref="Notes"/>.</summary>
    public static ChainReport Build(ChainSnapshot snapshot, double? underlying, bool staleLast, OperatorsOptions ops, IReadOnlyList<string>? inputNotes = null)
    {
        var notes = new List<string>();
        var b76 = ops.Black76;
        var rule = new IvPriceRule
        {
            MaxSpreadTicks = b76.IvMaxSpreadTicks,
            MaxSpreadFraction = b76.IvMaxSpreadFraction,
            MaxLastAgeNs = b76.IvMaxLastAge.Ticks * 100,
            AcceptStaleLast = staleLast,
            Solver = new IvSettings(b76.IvBracket.Low, b76.IvBracket.High, b76.IvTolerance, b76.IvMaxIter),
        };

        var (forward, source) = ResolveForward(snapshot, underlying, b76.RiskFreeRate, rule);
        var positioning = PositioningRisk.Evaluate(snapshot, forward, PositioningSettings(ops.PositioningRisk));
        var spikes = VolumeOiSpike.Evaluate(VolumeOiSpike.FromSnapshot(snapshot), forward, SpikeSettings(ops.VolumeOiSpike, ops.Distance));

        var vols = snapshot.AsOfNs is long asOf
            ? ChainVolatility.Solve(snapshot, forward, asOf, b76.RiskFreeRate, rule)
            : snapshot.Rows.Select(r => new StrikeVolatility(r.StrikeRaw, r.ExpirationNs, null, null, IvSource.NoTime)).ToArray();
        if (snapshot.AsOfNs is null)
        {
            notes.Add("no snapshot time in the file: pass --as-of for GEX");
        }

        if (snapshot.Rows.Any(r => r.ExpirationNs is null))
        {
            notes.Add("expiry unknown: pass --expiry for GEX and zero gamma");
        }

        var gex = GammaExposure.Compute(snapshot, vols, forward, RiskSettingsOf.Gex(ops.Gex, b76));
        bool priced = gex.PerStrike.Any(s => s.Gex is not null && s.OiCall + s.OiPut > 0);
        if (!priced && notes.Count == 0)
        {
            notes.Add("no implied volatility: no valid mid or fresh trade (end-of-day files and closed books need --stale-prices)");
        }

        return new ChainReport(snapshot, forward, source, snapshot.AsOfNs)
        {
            Positioning = positioning,
            Spikes = spikes,
            MaxPain = NQStream.Operators.Risk.MaxPain.Compute(snapshot, forward, NqContract.Multiplier),
            Walls = NQStream.Operators.Risk.Walls.Compute(gex.PerStrike, forward, RiskSettingsOf.Basis(ops.Walls)),
            Gex = gex,
            GexPriced = priced,
            Notes = [.. inputNotes ?? [], .. notes],
        };
    }

    private static (double Forward, string Source) ResolveForward(ChainSnapshot snapshot, double? underlying, double rate, IvPriceRule rule)
    {
        if (underlying is double given)
        {
            return (given, "--underlying");
        }

        if (snapshot.UnderlyingPrice is double carried)
        {
            return (carried, snapshot.UnderlyingPriceSource ?? "snapshot");
        }

        if (snapshot.AsOfNs is long asOf && ImpliedForward.FromParity(snapshot, asOf, rate, rule) is double implied)
        {
            return (implied, "put-call parity on mids");
        }

        throw new Hosting.CliException(
            $"{snapshot.Source}: no underlying price: the file carries none and put-call parity needs valid mids on both sides and a known expiry; pass --underlying");
    }

    private static PositioningRiskSettings PositioningSettings(PositioningRiskOptions o) => new()
    {
        ImmediatePts = o.ImmediatePts,
        NearTermPts = o.NearTermPts,
        MediumTermPts = o.MediumTermPts,
        ImmediateWeight = o.ImmediateWeight,
        NearTermWeight = o.NearTermWeight,
        MediumTermWeight = o.MediumTermWeight,
        DistantWeight = o.DistantWeight,
        UpwardRatio = o.UpwardRatio,
        DownwardRatio = o.DownwardRatio,
        TopZones = o.TopZones,
    };

    private static SpikeSettings SpikeSettings(VolumeOiSpikeOptions o, DistanceOptions d) => new()
    {
        ModerateRatio = o.Moderate,
        HighRatio = o.High,
        VeryHighRatio = o.VeryHigh,
        ExtremeRatio = o.Extreme,
        MinVolume = o.MinVolume,
        MinDollarSize = o.MinDollarSize,
        MaxDistance = d.MaxDistance,
    };
}
