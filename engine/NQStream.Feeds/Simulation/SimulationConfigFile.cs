using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Reads the <c>simulation:</c> section of a YAML or JSON file onto <see cref="SimulationOptions"/>. Keys
/// are the snake_case option names; an unknown key, a wrong type or a missing section is an error
/// naming the file, line and key.
/// </summary>
public static class SimulationConfigFile
{
    private static readonly string[] Keys =
    [
        "start_date", "days", "seed", "events_per_day", "initial_price", "annual_volatility", "jumps_per_day",
        "jump_size", "drift_episodes_per_day", "drift_episode_points", "next_contract_basis", "strike_band",
        "weekly_horizon_days", "monthly_horizon_days", "quarterly_horizon_days", "atm_volatility", "smile_skew",
        "smile_curvature", "risk_free_rate", "quote_levels", "cancel_replace_share", "futures_record_share",
        "trade_record_share", "churn_record_share", "sweeps_per_day", "blocks_per_day", "icebergs_per_day",
        "volume_shocks_per_day", "volume_shock_min_contracts", "noise_premium_cap_usd", "emergencies_per_day", "informed_share", "informed_move_points",
        "informed_horizon_minutes", "block_min_premium_usd", "emergency_delta", "quiet_delta_cap", "holidays",
        "zstd_level",
    ];

    /// <summary>Every key the <c>simulation:</c> section accepts.</summary>
    public static IReadOnlyList<string> SupportedKeys => Keys;

    /// <summary>Applies the file's <c>simulation:</c> section to <paramref name="options"/>.</summary>
    /// <exception cref="FormatException">The file is not valid YAML/JSON or a key or value is wrong (message names file and line).</exception>
    public static void Apply(string path, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{path}:{ex.Start.Line}: not valid YAML/JSON: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{path}: expected a mapping with a 'simulation:' section");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("simulation"), out var sectionNode))
        {
            throw new FormatException($"{path}: no 'simulation:' section (keys: {string.Join(", ", Keys)})");
        }

        if (sectionNode is not YamlMappingNode section)
        {
            throw new FormatException($"{path}:{sectionNode.Start.Line}: 'simulation' must be a mapping");
        }

        foreach (var (keyNode, valueNode) in section.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var at = $"{path}:{keyNode.Start.Line}: simulation.{key}";
            if (key == "holidays")
            {
                options.Holidays = ReadDates(valueNode, at);
                continue;
            }

            if (valueNode is not YamlScalarNode scalar || scalar.Value is null)
            {
                throw new FormatException($"{at}: expected a scalar value");
            }

            Set(options, key, scalar.Value, at);
        }
    }

    private static void Set(SimulationOptions o, string key, string v, string at)
    {
        switch (key)
        {
            case "start_date": o.StartDate = Date(v, at); break;
            case "days": o.Days = Int(v, at); break;
            case "seed": o.Seed = ulong.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw Bad(at, v, "an unsigned integer"); break;
            case "events_per_day": o.EventsPerDay = long.TryParse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var e) ? e : throw Bad(at, v, "an integer"); break;
            case "initial_price": o.InitialPrice = Num(v, at); break;
            case "annual_volatility": o.AnnualVolatility = Num(v, at); break;
            case "jumps_per_day": o.JumpsPerDay = Num(v, at); break;
            case "jump_size": o.JumpSize = Num(v, at); break;
            case "drift_episodes_per_day": o.DriftEpisodesPerDay = Num(v, at); break;
            case "drift_episode_points": o.DriftEpisodePoints = Num(v, at); break;
            case "next_contract_basis": o.NextContractBasis = Num(v, at); break;
            case "strike_band": o.StrikeBand = Num(v, at); break;
            case "weekly_horizon_days": o.WeeklyHorizonDays = Int(v, at); break;
            case "monthly_horizon_days": o.MonthlyHorizonDays = Int(v, at); break;
            case "quarterly_horizon_days": o.QuarterlyHorizonDays = Int(v, at); break;
            case "atm_volatility": o.AtmVolatility = Num(v, at); break;
            case "smile_skew": o.SmileSkew = Num(v, at); break;
            case "smile_curvature": o.SmileCurvature = Num(v, at); break;
            case "risk_free_rate": o.RiskFreeRate = Num(v, at); break;
            case "quote_levels": o.QuoteLevels = Int(v, at); break;
            case "cancel_replace_share": o.CancelReplaceShare = Num(v, at); break;
            case "futures_record_share": o.FuturesRecordShare = Num(v, at); break;
            case "trade_record_share": o.TradeRecordShare = Num(v, at); break;
            case "churn_record_share": o.ChurnRecordShare = Num(v, at); break;
            case "sweeps_per_day": o.SweepsPerDay = Int(v, at); break;
            case "blocks_per_day": o.BlocksPerDay = Int(v, at); break;
            case "icebergs_per_day": o.IcebergsPerDay = Int(v, at); break;
            case "volume_shocks_per_day": o.VolumeShocksPerDay = Int(v, at); break;
            case "emergencies_per_day": o.EmergenciesPerDay = Int(v, at); break;
            case "volume_shock_min_contracts": o.VolumeShockMinContracts = Int(v, at); break;
            case "noise_premium_cap_usd": o.NoisePremiumCapUsd = Num(v, at); break;
            case "informed_share": o.InformedShare = Num(v, at); break;
            case "informed_move_points": o.InformedMovePoints = Num(v, at); break;
            case "informed_horizon_minutes": o.InformedHorizonMinutes = Num(v, at); break;
            case "block_min_premium_usd": o.BlockMinPremiumUsd = Num(v, at); break;
            case "emergency_delta": o.EmergencyDelta = Num(v, at); break;
            case "quiet_delta_cap": o.QuietDeltaCap = Num(v, at); break;
            case "zstd_level": o.ZstdLevel = Int(v, at); break;
            default: throw new FormatException($"{at}: unknown key (expected one of: {string.Join(", ", Keys)})");
        }
    }

    private static List<DateOnly> ReadDates(YamlNode node, string at)
    {
        if (node is not YamlSequenceNode seq)
        {
            throw new FormatException($"{at}: expected a list of dates (YYYY-MM-DD)");
        }

        var dates = new List<DateOnly>();
        foreach (var item in seq.Children)
        {
            dates.Add(Date((item as YamlScalarNode)?.Value ?? "", at));
        }

        return dates;
    }

    private static DateOnly Date(string v, string at) =>
        DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw Bad(at, v, "a date YYYY-MM-DD");

    private static int Int(string v, string at) =>
        int.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var i) ? i : throw Bad(at, v, "an integer");

    private static double Num(string v, string at) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : throw Bad(at, v, "a number");

    private static FormatException Bad(string at, string v, string expected) => new($"{at}: '{v}' is not {expected}");
}
