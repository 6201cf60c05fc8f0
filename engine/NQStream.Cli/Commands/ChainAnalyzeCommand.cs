using System.CommandLine;
using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Feeds.Barchart;
using NQStream.Market.Chain;
using NQStream.Operators.Options;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream chain analyze FILE...</c>: the chain-level operators on an option-chain snapshot — a Barchart JSON or
/// CSV file, or the chain state at the end of a replay of DBN files (definitions, statistics, MBO/trades) — the
/// earlier system's positioning risk and volume/OI spikes (algorithms.md §10, fixed), max pain, walls, GEX per strike,
/// net GEX and the zero-gamma level (§7) with IVs solved from the snapshot's prices (§3). Parameters come from
/// <c>--config</c> (defaults otherwise); <c>--json</c> prints one object.
/// </summary>
internal static class ChainAnalyzeCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "A Barchart chain snapshot (.json core-api response or .csv download), or DBN files (plain or .zst) with definitions, statistics and MBO or trades to replay",
            Arity = ArgumentArity.OneOrMore,
        };
        var underlying = new Option<double?>("--underlying") { Description = "Underlying futures price F (points); default: the file's or the future's last valid mid (else last trade), else put-call parity on mids." };
        var future = new Option<string?>("--future") { Description = "DBN input: the future whose options are analysed, by raw symbol (e.g. NQZ6); default: the one with the most option open interest, then volume." };
        var expiry = new Option<string?>("--expiry")
        {
            Description = "Barchart: expiry instant of the series (ISO 8601, e.g. 2025-06-20T13:30:00Z), which the files do not carry. DBN: only this expiry, a Central Time date YYYY-MM-DD or the exact instant.",
        };
        var asOf = new Option<string?>("--as-of") { Description = "Snapshot instant (ISO 8601). Barchart: default the file's (CSV footer, latest JSON trade time). DBN: replay records received up to it; default the end (last ts_event)." };
        var stale = new Option<bool>("--stale-prices") { Description = "Solve IVs from last/settlement prices of any age when no valid mid exists (end-of-day files, closed books)." };
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file for the operator parameters (default: documented defaults)." };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile of --config merged over its base section." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var store = new Option<string?>("--store") { Description = "Also write the battle zones to this embedded store (table battle_zones, ts = as-of)" };
        var command = new Command("analyze", "Positioning risk, volume/OI spikes, max pain, walls, GEX and zero gamma of a chain snapshot (Barchart file or end of a DBN replay).")
        {
            files, underlying, future, expiry, asOf, stale, config, profile, json, store,
        };
        command.SetAction(parse =>
        {
            double? s = parse.GetValue(underlying);
            if (s is double given && !(given > 0.0 && double.IsFinite(given)))
            {
                throw new CliException($"--underlying must be a finite price > 0 (got {given.ToString(CultureInfo.InvariantCulture)})");
            }

            long? asOfNs = ParseInstant(parse.GetValue(asOf), "--as-of");
            var options = ProfileOptions.Load(parse.GetValue(config)?.FullName, parse.GetValue(profile));
            var inputs = parse.GetValue(files)!;
            ChainSnapshot snapshot;
            IReadOnlyList<string> inputNotes = [];
            if (ChainInput.IsBarchart(inputs))
            {
                if (parse.GetValue(future) is string symbol)
                {
                    throw new CliException($"--future {symbol} applies to DBN input; a Barchart snapshot holds one series (use --underlying for its price)");
                }

                long? expiryNs = ParseInstant(parse.GetValue(expiry), "--expiry");
                snapshot = ReadBarchart(inputs[0].FullName).With(asOfNs: asOfNs, expirationNs: expiryNs);
            }
            else
            {
                if (asOfNs is < 0)
                {
                    throw new CliException("--as-of must not be before 1970-01-01T00:00:00Z");
                }

                var selector = parse.GetValue(expiry) is string text ? ChainExpirySelector.Parse(text) : null;
                (snapshot, var notes) = ChainReplayInput.Read(inputs, parse.GetValue(future), selector, asOfNs,
                    options.Operators.Gex.ExpiryFilter == ExpiryFilter.Nearest);
                inputNotes = notes;
            }

            var report = ChainReport.Build(snapshot, s, parse.GetValue(stale), options.Operators, inputNotes);
            if (parse.GetValue(store) is string storePath)
            {
                var rows = ChainZoneRows.From(report, snapshot.Source);
                ChainZoneRows.WriteAsync(storePath, rows).GetAwaiter().GetResult();
            }

            if (parse.GetValue(json))
            {
                parse.Out().WriteLine(ChainReportJson.Write(report));
            }
            else
            {
                ChainReportView.Write(parse.Ansi(), parse.Out(), report, options.Operators.Distance.MaxDistance);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static ChainSnapshot ReadBarchart(string path)
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
