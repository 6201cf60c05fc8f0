using FluentAssertions;
using NQStream.Cli.Configuration;
using NQStream.Cli.Configuration.Options;
using Xunit;

namespace NQStream.Cli.Tests.Configuration;

/// <summary>Every parameter of docs/algorithms.md §9 has a key in the schema, with the documented default.</summary>
public sealed class ParameterIndexTests
{
    [Theory]
    [InlineData("engine", "allowed_lateness_replay: 0s")]
    [InlineData("engine", "allowed_lateness_live: 200ms")]
    [InlineData("shared", "max_mid_age: 5s")]
    [InlineData("book", "publish_depth: 1")]
    [InlineData("black76", "risk_free_rate: 0.045")]
    [InlineData("black76", "t_min_greeks: 1min")]
    [InlineData("iv_bracket", "low: 0.0001")]
    [InlineData("iv_bracket", "high: 5")]
    [InlineData("black76", "iv_tolerance: 1E-10")]
    [InlineData("black76", "iv_max_iter: 100")]
    [InlineData("black76", "iv_max_age: 15min")]
    [InlineData("pressure", "windows: [10s, 1min, 5min]")]
    [InlineData("pressure", "levels: 1")]
    [InlineData("pressure", "impact_window: 30min")]
    [InlineData("vpin", "adv_divisor: 50")]
    [InlineData("vpin", "n_buckets: 50")]
    [InlineData("vpin", "reset_daily: false")]
    [InlineData("kyle", "bin: 10s")]
    [InlineData("kyle", "window: 30min")]
    [InlineData("kyle", "min_nonempty_bins: 30")]
    [InlineData("trade_sign", "classify_unknown: none")]
    [InlineData("iceberg", "refill_window: 100ms")]
    [InlineData("iceberg", "size_tol: 0.1")]
    [InlineData("iceberg", "min_refills: 2")]
    [InlineData("iceberg", "min_clip: 2")]
    [InlineData("size_filter", "min_premium_usd: 100000")]
    [InlineData("distance", "max_distance: 0.02")]
    [InlineData("emergency", "threshold: 5000")]
    [InlineData("emergency", "delta_unit: x100")]
    [InlineData("emergency", "window: 5min")]
    [InlineData("emergency", "rearm_ratio: 0.8")]
    [InlineData("emergency", "group_by: underlying_future")]
    [InlineData("baseline", "history_days: 20")]
    [InlineData("baseline", "min_history_days: 10")]
    [InlineData("baseline", "volume_floor: 50")]
    [InlineData("thresholds", "moderate: 4")]
    [InlineData("thresholds", "high: 10")]
    [InlineData("thresholds", "very_high: 30")]
    [InlineData("thresholds", "extreme: 50")]
    [InlineData("baseline", "mad_floor: 0.1")]
    [InlineData("baseline", "baseline_unit: per_instrument")]
    [InlineData("confidence", "fdr_q: 0.05")]
    [InlineData("confidence", "z_unit: contracts")]
    [InlineData("priority", "immediate_min_class: very_high")]
    [InlineData("priority", "immediate_min_abs_z: 3")]
    [InlineData("priority", "high_min_class: high")]
    [InlineData("taker_weights", "premium: 0.4")]
    [InlineData("maker_weights", "lifetime: 0.25")]
    [InlineData("mm_score", "institutional_min: 0.6")]
    [InlineData("mm_score", "mm_max: 0.3")]
    [InlineData("accuracy", "target: 10")]
    [InlineData("accuracy", "stop: 10")]
    [InlineData("accuracy", "horizon: 15min")]
    [InlineData("accuracy", "timeout_policy: miss")]
    [InlineData("accuracy", "confidence: 0.95")]
    [InlineData("accuracy", "min_n: 50")]
    [InlineData("expected_value", "min_ev: 15")]
    [InlineData("expected_value", "min_probability: 0.6")]
    [InlineData("expected_value", "max_risk: 150")]
    [InlineData("expected_value", "min_calibration_n: 30")]
    [InlineData("expected_value", "calibration_days: 120")]
    [InlineData("expected_value", "bracket_policy: fixed")]
    [InlineData("fixed_bracket", "target: 40")]
    [InlineData("fixed_bracket", "stop: 20")]
    [InlineData("fixed_bracket", "horizon: 1h")]
    [InlineData("weights", "flow_strength: 0.25")]
    [InlineData("weights", "zone_alignment: 0.15")]
    [InlineData("quality", "quality_min: 0.6")]
    [InlineData("sizing", "risk_budget_usd: 3000")]
    [InlineData("sizing", "max_position: 10")]
    [InlineData("gex", "dealer_assumption: long_calls_short_puts")]
    [InlineData("gex", "expiry_filter: all_live")]
    [InlineData("gex", "grid_step: 0.0025")]
    [InlineData("gex", "grid_span: 0.1")]
    [InlineData("walls", "wall_basis: oi")]
    [InlineData("battle_zones", "band: 0.02")]
    [InlineData("battle_zones", "oi_top_fraction: 0.1")]
    [InlineData("battle_zones", "flow_percentile: 0.8")]
    [InlineData("battle_zones", "flow_min_fe: 100")]
    [InlineData("battle_zones", "merge_gap_pts: 20")]
    [InlineData("bias", "rolling_window: 1h")]
    [InlineData("bias", "label_threshold: 0.2")]
    [InlineData("black76", "iv_max_last_age: 1min")]
    [InlineData("volume_oi_spike", "moderate: 10")]
    [InlineData("volume_oi_spike", "high: 20")]
    [InlineData("volume_oi_spike", "very_high: 30")]
    [InlineData("volume_oi_spike", "extreme: 50")]
    [InlineData("volume_oi_spike", "min_volume: 500")]
    [InlineData("volume_oi_spike", "min_dollar_size: 100000")]
    [InlineData("positioning_risk", "immediate_pts: 10")]
    [InlineData("positioning_risk", "near_term_pts: 25")]
    [InlineData("positioning_risk", "medium_term_pts: 50")]
    [InlineData("positioning_risk", "immediate_weight: 3")]
    [InlineData("positioning_risk", "near_term_weight: 2")]
    [InlineData("positioning_risk", "medium_term_weight: 1")]
    [InlineData("positioning_risk", "distant_weight: 0.5")]
    [InlineData("positioning_risk", "upward_ratio: 2")]
    [InlineData("positioning_risk", "downward_ratio: 0.5")]
    [InlineData("positioning_risk", "top_zones: 5")]
    public void Parameter_has_its_documented_default(string section, string line)
    {
        var yaml = ConfigWriter.ToYaml(new NQStreamOptions());

        SectionOf(yaml, section).Should().Contain(line);
    }

    /// <summary>The lines of the first mapping named <paramref name="section"/>, up to the next key at its level.</summary>
    private static List<string> SectionOf(string yaml, string section)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimStart() == section + ":");
        start.Should().BeGreaterThanOrEqualTo(0, $"section {section} exists");
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        return lines.Skip(start + 1)
            .TakeWhile(l => l.Length - l.TrimStart().Length > indent)
            .Select(l => l.Trim())
            .ToList();
    }
}
