namespace NQStream.Feeds.Simulation;

/// <summary>
/// Parameters of the synthetic NQ market. Every value has a documented default; the YAML/JSON keys of
/// <c>--config FILE</c> (section <c>simulation:</c>) are the snake_case property names.
/// </summary>
public sealed class SimulationOptions
{
    /// <summary>First trade date (moved forward to a trade date if it is a weekend or holiday).</summary>
    public DateOnly StartDate { get; set; } = new(2026, 11, 2);

    /// <summary>Number of consecutive trade dates to simulate.</summary>
    public int Days { get; set; } = 1;

    /// <summary>Seed of every random stream.</summary>
    public ulong Seed { get; set; } = 1;

    /// <summary>Target MBO records per trade date (the record count is an "event" in the speed figures).</summary>
    public long EventsPerDay { get; set; } = 2_000_000;

    /// <summary>Front-month future at the first session open (index points).</summary>
    public double InitialPrice { get; set; } = 21_000.0;

    /// <summary>Annualised volatility of the futures path (before jumps, drift episodes and informed drift).</summary>
    public double AnnualVolatility { get; set; } = 0.18;

    /// <summary>Expected price jumps per trade date.</summary>
    public double JumpsPerDay { get; set; } = 2.0;

    /// <summary>Standard deviation of a jump, as a fraction of the price.</summary>
    public double JumpSize { get; set; } = 0.003;

    /// <summary>Expected uninformed drift episodes per trade date (15–60 minutes each).</summary>
    public double DriftEpisodesPerDay { get; set; } = 3.0;

    /// <summary>Standard deviation of the total move of one drift episode (points).</summary>
    public double DriftEpisodePoints { get; set; } = 40.0;

    /// <summary>Next quarterly future minus front, as a fraction of the front (carry).</summary>
    public double NextContractBasis { get; set; } = 0.011;

    /// <summary>Strikes are listed every 10 points within ± this fraction of the underlying (never delisted before expiry).</summary>
    public double StrikeBand { get; set; } = 0.03;

    /// <summary>Weekly series are listed this many calendar days before expiry.</summary>
    public int WeeklyHorizonDays { get; set; } = 10;

    /// <summary>End-of-month (QNE) and serial (QN3) series are listed this many calendar days before expiry.</summary>
    public int MonthlyHorizonDays { get; set; } = 35;

    /// <summary>Quarterly (NQ) option series are listed this many calendar days before expiry.</summary>
    public int QuarterlyHorizonDays { get; set; } = 200;

    /// <summary>At-the-money implied volatility.</summary>
    public double AtmVolatility { get; set; } = 0.18;

    /// <summary>Smile slope per unit of standardised log-moneyness (negative: puts richer).</summary>
    public double SmileSkew { get; set; } = -0.08;

    /// <summary>Smile curvature per squared unit of standardised log-moneyness.</summary>
    public double SmileCurvature { get; set; } = 0.02;

    /// <summary>Rate for discounting option premiums.</summary>
    public double RiskFreeRate { get; set; } = 0.045;

    /// <summary>Price levels each market maker quotes per side.</summary>
    public int QuoteLevels { get; set; } = 3;

    /// <summary>Share of market-maker re-prices sent as cancel + new order instead of a modify.</summary>
    public double CancelReplaceShare { get; set; } = 0.3;

    /// <summary>Share of MBO records in the futures (the rest are options).</summary>
    public double FuturesRecordShare { get; set; } = 0.12;

    /// <summary>Share of option records from noise trades (with the market makers' refills).</summary>
    public double TradeRecordShare { get; set; } = 0.08;

    /// <summary>Share of option records from quote churn (size flicker, cancel/replace, noise limit orders).</summary>
    public double ChurnRecordShare { get; set; } = 0.30;

    /// <summary>Injected sweeps per trade date.</summary>
    public int SweepsPerDay { get; set; } = 30;

    /// <summary>Injected blocks (one-level aggressor events of at least $100k premium) per trade date.</summary>
    public int BlocksPerDay { get; set; } = 30;

    /// <summary>Injected icebergs per trade date.</summary>
    public int IcebergsPerDay { get; set; } = 12;

    /// <summary>Injected volume shocks per trade date.</summary>
    public int VolumeShocksPerDay { get; set; } = 16;

    /// <summary>Injected emergency-size delta episodes per trade date.</summary>
    public int EmergenciesPerDay { get; set; } = 2;

    /// <summary>Largest premium of one noise (retail) option trade, $ (one lot may cost more).</summary>
    public double NoisePremiumCapUsd { get; set; } = 50_000.0;

    /// <summary>Smallest injected volume of a volume shock, contracts (the §5.4 volume floor is 50).</summary>
    public int VolumeShockMinContracts { get; set; } = 60;

    /// <summary>Share of institutional events that are informed (the future drifts in their delta direction).</summary>
    public double InformedShare { get; set; } = 0.6;

    /// <summary>Mean move of the future after an informed event (points).</summary>
    public double InformedMovePoints { get; set; } = 40.0;

    /// <summary>Minutes over which the informed move happens.</summary>
    public double InformedHorizonMinutes { get; set; } = 10.0;

    /// <summary>Minimum premium of a block (algorithms.md 5.1).</summary>
    public double BlockMinPremiumUsd { get; set; } = 100_000.0;

    /// <summary>Emergency threshold in the x100 delta unit of algorithms.md 5.3.</summary>
    public double EmergencyDelta { get; set; } = 5_000.0;

    /// <summary>Cap on the rolling 5-minute |delta| (x100) of unlabelled and non-emergency flow per underlying.</summary>
    public double QuietDeltaCap { get; set; } = 3_000.0;

    /// <summary>Dates that are not trade dates (weekends never are).</summary>
    public IReadOnlyList<DateOnly> Holidays { get; set; } = [];

    /// <summary>zstd level of the output files (1 = fastest).</summary>
    public int ZstdLevel { get; set; } = 1;

    /// <summary>Problems with these values, each naming its key; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string key, string expected)
        {
            if (!ok)
            {
                errors.Add($"{key}: expected {expected}");
            }
        }

        Check(Days is >= 1 and <= 1000, "days", "1..1000");
        Check(EventsPerDay is >= 1_000 and <= 2_000_000_000, "events_per_day", "1000..2000000000");
        Check(InitialPrice is >= 1_000 and <= 100_000, "initial_price", "1000..100000 points");
        Check(AnnualVolatility is > 0 and <= 2, "annual_volatility", "in (0, 2]");
        Check(JumpsPerDay is >= 0 and <= 100, "jumps_per_day", "0..100");
        Check(JumpSize is >= 0 and <= 0.1, "jump_size", "0..0.1");
        Check(DriftEpisodesPerDay is >= 0 and <= 100, "drift_episodes_per_day", "0..100");
        Check(DriftEpisodePoints is >= 0 and <= 2_000, "drift_episode_points", "0..2000");
        Check(NextContractBasis is >= -0.1 and <= 0.1, "next_contract_basis", "-0.1..0.1");
        Check(StrikeBand is >= 0.002 and <= 0.5, "strike_band", "0.002..0.5");
        Check(WeeklyHorizonDays is >= 0 and <= 60, "weekly_horizon_days", "0..60");
        Check(MonthlyHorizonDays is >= 0 and <= 120, "monthly_horizon_days", "0..120");
        Check(QuarterlyHorizonDays is >= 0 and <= 400, "quarterly_horizon_days", "0..400");
        Check(AtmVolatility is >= 0.01 and <= 2, "atm_volatility", "0.01..2");
        Check(SmileSkew is >= -1 and <= 1, "smile_skew", "-1..1");
        Check(SmileCurvature is >= 0 and <= 1, "smile_curvature", "0..1");
        Check(RiskFreeRate is >= -0.05 and <= 0.5, "risk_free_rate", "-0.05..0.5");
        Check(QuoteLevels is >= 2 and <= 8, "quote_levels", "2..8 (sweeps need depth)");
        Check(CancelReplaceShare is >= 0 and <= 1, "cancel_replace_share", "0..1");
        Check(FuturesRecordShare is >= 0.01 and <= 0.9, "futures_record_share", "0.01..0.9");
        Check(TradeRecordShare is >= 0.01 and <= 0.5, "trade_record_share", "0.01..0.5");
        Check(ChurnRecordShare is >= 0.01 and <= 0.8, "churn_record_share", "0.01..0.8");
        Check(TradeRecordShare + ChurnRecordShare <= 0.9, "trade_record_share + churn_record_share", "at most 0.9 (the rest are re-quote waves)");
        Check(SweepsPerDay is >= 0 and <= 10_000, "sweeps_per_day", "0..10000");
        Check(BlocksPerDay is >= 0 and <= 10_000, "blocks_per_day", "0..10000");
        Check(IcebergsPerDay is >= 0 and <= 10_000, "icebergs_per_day", "0..10000");
        Check(VolumeShocksPerDay is >= 0 and <= 10_000, "volume_shocks_per_day", "0..10000");
        Check(EmergenciesPerDay is >= 0 and <= 100, "emergencies_per_day", "0..100");
        Check(InformedShare is >= 0 and <= 1, "informed_share", "0..1");
        Check(NoisePremiumCapUsd is > 0 and <= 10_000_000, "noise_premium_cap_usd", "(0, 10000000]");
        Check(VolumeShockMinContracts is >= 0 and <= 10_000, "volume_shock_min_contracts", "0..10000");
        Check(InformedMovePoints is >= 0 and <= 2_000, "informed_move_points", "0..2000");
        Check(InformedHorizonMinutes is >= 0.5 and <= 240, "informed_horizon_minutes", "0.5..240");
        Check(BlockMinPremiumUsd is >= 1_000 and <= 100_000_000, "block_min_premium_usd", "1000..100000000");
        Check(EmergencyDelta is >= 100 and <= 10_000_000, "emergency_delta", "100..10000000");
        Check(QuietDeltaCap > 0 && QuietDeltaCap < EmergencyDelta, "quiet_delta_cap", "in (0, emergency_delta)");
        Check(ZstdLevel is >= 1 and <= 19, "zstd_level", "1..19");
        return errors;
    }
}
