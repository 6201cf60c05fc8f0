using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using NQStream.Cli.Hosting;
using NQStream.Market.Dbn;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;

namespace NQStream.Cli.Commands;

/// <summary>
/// <c>nqstream chain show FILE... [--underlying SYMBOL] [--expiry YYYY-MM-DD] [--json]</c>: reads definition, symbol
/// mapping and statistics records from every file (in order), builds the registry, statistics book and chain, and
/// prints per expiry: strike | call id / OI / settle | put id / OI / settle.
/// </summary>
internal static partial class ChainShowCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "DBN files (plain or .zst) with definition, statistics or symbol-mapping records", Arity = ArgumentArity.OneOrMore };
        var underlying = new Option<string?>("--underlying") { Description = "Only options on this future, e.g. NQZ5" };
        var expiry = new Option<string?>("--expiry") { Description = "Only the expiry on this Central Time date, YYYY-MM-DD" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var fragment = new Option<bool>("--fragment") { Description = "The files hold records without a DBN header (version from '.vN.' in each name, else 3)" };
        var cmd = new Command("show", "Print the option chain: per expiry, strike | call id / OI / settle | put id / OI / settle.")
        {
            files, underlying, expiry, json, fragment,
        };
        cmd.SetAction(parse =>
        {
            var expiryDate = ParseExpiry(parse.GetValue(expiry));
            var model = Load(parse.GetValue(files)!, parse.GetValue(fragment));
            var selected = Select(model, parse.GetValue(underlying), expiryDate);
            if (parse.GetValue(json))
            {
                ChainShowRender.Json(parse.Out(), model, selected);
            }
            else
            {
                ChainShowRender.Tables(parse, model, selected);
            }

            return CliApp.ExitOk;
        });
        return cmd;
    }

    private static DateOnly? ParseExpiry(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CliException($"--expiry '{text}' is not a date (expected YYYY-MM-DD)");
        }

        return date;
    }

    private static ChainModel Load(FileInfo[] files, bool fragment)
    {
        var registry = new InstrumentRegistry();
        var statistics = new StatisticsBook();
        var counts = default(LoadCounts);
        foreach (var file in files)
        {
            var name = VersionInName().Match(file.Name);
            var options = new DbnReaderOptions
            {
                Fragment = fragment,
                FragmentVersion = (byte)(name.Success ? int.Parse(name.Groups[1].Value, CultureInfo.InvariantCulture) : 3),
                AllowUnknownRTypes = true,
            };
            using var reader = DbnReader.Open(file.ToString(), options);
            counts += DefinitionLoader.Load(reader, registry, statistics);
        }

        var chain = OptionChain.Build(registry);
        if (chain.OptionCount == 0)
        {
            throw new CliException($"{string.Join(", ", files.Select(f => f.ToString()))}: no option definitions found ({counts.Definitions} definition records)");
        }

        return new ChainModel(files.Select(f => f.ToString()).ToArray(), registry, statistics, chain, counts);
    }

    private static List<(ChainUnderlying Underlying, List<ChainExpiry> Expiries)> Select(ChainModel model, string? underlying, DateOnly? expiry)
    {
        var underlyings = model.Chain.Underlyings.AsEnumerable();
        if (underlying is not null)
        {
            if (!model.Chain.TryGetUnderlying(underlying, out var u))
            {
                throw new CliException($"no options on underlying '{underlying}' (underlyings: {string.Join(", ", model.Chain.Underlyings.Select(x => x.Symbol))})");
            }

            underlyings = [u];
        }

        var selected = new List<(ChainUnderlying, List<ChainExpiry>)>();
        foreach (var u in underlyings)
        {
            var expiries = u.Expiries.Where(e => expiry is null || ExpiryDate(e) == expiry).ToList();
            if (expiries.Count > 0)
            {
                selected.Add((u, expiries));
            }
        }

        if (selected.Count == 0)
        {
            var dates = underlyings.SelectMany(u => u.Expiries).Select(e => ExpiryDate(e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none").Distinct();
            throw new CliException($"no expiry on {expiry:yyyy-MM-dd} (expiries: {string.Join(", ", dates)})");
        }

        return selected;
    }

    /// <summary>The Central Time calendar date of an expiry; null when it has none.</summary>
    internal static DateOnly? ExpiryDate(ChainExpiry e) =>
        e.ExpirationNs == long.MaxValue ? null : DateOnly.FromDateTime(CentralTime.ToCentral(e.ExpirationNs));

    [GeneratedRegex(@"\.v([123])\.")]
    private static partial Regex VersionInName();
}
