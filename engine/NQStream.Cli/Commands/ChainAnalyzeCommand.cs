using System.CommandLine;
using System.Globalization;
using NQStream.Cli.Configuration;
using NQStream.Cli.Configuration.Options;
using NQStream.Cli.Hosting;
using NQStream.Feeds.Barchart;
using NQStream.Market.Chain;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream chain analyze FILE</c>: the chain-level operators on an option-chain snapshot (a Barchart JSON or CSV
/// file): the earlier system's positioning risk and volume/OI spikes (algorithms.md §10, fixed), max pain, walls,
/// GEX per strike, net GEX and the zero-gamma level (§7) with IVs solved from the snapshot's prices (§3).
/// Parameters come from <c>--config</c> (defaults otherwise); <c>--json</c> prints one object.
/// </summary>
internal static class ChainAnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Barchart chain snapshot (.json core-api response or .csv download)." };
        var underlying = new Option<double?>("--underlying") { Description = "Underlying futures price S (points); default: the file's, else put-call parity on mids." };
        var expiry = new Option<string?>("--expiry") { Description = "Expiry instant of the series (ISO 8601, e.g. 2025-06-20T13:30:00Z); Barchart files do not carry it." };
        var asOf = new Option<string?>("--as-of") { Description = "Snapshot instant (ISO 8601); default: the file's (CSV footer, latest JSON trade time)." };
        var stale = new Option<bool>("--stale-prices") { Description = "Solve IVs from last/settlement prices of any age when no valid mid exists (end-of-day files)." };
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file for the operator parameters (default: documented defaults)." };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile of --config merged over its base section." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("analyze", "Positioning risk, volume/OI spikes, max pain, walls, GEX and zero gamma of a chain snapshot.")
        {
            file, underlying, expiry, asOf, stale, config, profile, json,
        };
        command.SetAction(parse =>
        {
            double? s = parse.GetValue(underlying);
            if (s is double given && !(given > 0.0 && double.IsFinite(given)))
            {
                throw new CliException($"--underlying must be a finite price > 0 (got {given.ToString(CultureInfo.InvariantCulture)})");
            }

            long? asOfNs = ParseInstant(parse.GetValue(asOf), "--as-of");
            long? expiryNs = ParseInstant(parse.GetValue(expiry), "--expiry");
            var options = LoadOptions(parse.GetValue(config), parse.GetValue(profile));
            var snapshot = Read(parse.GetValue(file)!.FullName).With(asOfNs: asOfNs, expirationNs: expiryNs);

            var report = ChainReport.Build(snapshot, s, parse.GetValue(stale), options.Operators);
            if (parse.GetValue(json))
            {
                parse.Out().WriteLine(ChainReportJson.Write(report));
            }
            else
            {
                ChainReportView.Write(parse.Ansi(), report, options.Operators.Distance.MaxDistance);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static ChainSnapshot Read(string path)
    {
        try
        {
            return BarchartChainReader.Read(path);
        }
        catch (BarchartFormatException ex)
        {
            throw new CliException(ex.Message, ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException($"{path}: file not found", ex);
        }
    }

    internal static NQStreamOptions LoadOptions(FileInfo? config, string? profile)
    {
        if (config is null)
        {
            return profile is null ? new NQStreamOptions() : throw new CliException("--profile needs --config");
        }

        var result = ConfigLoader.Load(config.FullName, profile);
        if (result.Options is null)
        {
            throw new CliException($"{config.FullName}: invalid configuration: {result.Problems[0]}");
        }

        return result.Options;
    }

    private static long? ParseInstant(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new CliException($"{option} must be an ISO 8601 instant such as 2025-06-20T13:30:00Z (got '{text}')");
        }

        return (instant.UtcTicks - DateTime.UnixEpoch.Ticks) * 100;
    }
}
