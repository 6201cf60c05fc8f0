using System.CommandLine;
using NQStream.Cli.Configuration;
using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream config …</c>: validate a configuration file and show the resolved configuration.</summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var config = new Command("config", "Validate configuration files and show resolved profiles (docs/config.md).");
        config.Subcommands.Add(CreateValidate());
        config.Subcommands.Add(CreateShow());
        return config;
    }

    private static Command CreateValidate()
    {
        var file = new Argument<FileInfo>("file") { Description = "Configuration file (.yaml, .yml or .json)." };
        var profile = new Option<string?>("--profile", "-p") { Description = "Check only this profile (default: the base section and every profile)." };
        var validate = new Command("validate", "List every problem of a configuration file; exit 2 if there is any.") { file, profile };
        validate.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            var name = parse.GetValue(profile);
            var results = name is null ? ConfigLoader.LoadAll(path) : [ConfigLoader.Load(path, name)];
            var output = parse.InvocationConfiguration;
            if (WriteProblems(output.Error, path, results))
            {
                return CliApp.ExitBadInput;
            }

            output.Output.WriteLine($"{path}: valid ({string.Join(", ", results.Select(Label))})");
            return CliApp.ExitOk;
        });
        return validate;
    }

    private static Command CreateShow()
    {
        var file = new Argument<FileInfo>("file") { Description = "Configuration file (.yaml, .yml or .json)." };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile merged over the base section (default: the base alone)." };
        var show = new Command("show", "Print the resolved configuration of one profile as YAML, secrets masked.") { file, profile };
        show.SetAction(parse =>
        {
            var path = parse.GetValue(file)!.FullName;
            var result = ConfigLoader.Load(path, parse.GetValue(profile));
            var output = parse.InvocationConfiguration;
            if (WriteProblems(output.Error, path, [result]) || result.Options is null)
            {
                return CliApp.ExitBadInput;
            }

            output.Output.WriteLine($"# {path}, {Label(result)}, secrets masked");
            output.Output.Write(ConfigWriter.ToYaml(result.Options));
            return CliApp.ExitOk;
        });
        return show;
    }

    /// <summary>
    /// Writes each distinct problem once, as <c>FILE:LINE:COLUMN: path: problem (expected …)</c>; when several
    /// profiles were checked and a problem affects only some, their names follow in brackets.
    /// </summary>
    private static bool WriteProblems(TextWriter error, string path, IReadOnlyList<ConfigLoadResult> results)
    {
        var affected = new Dictionary<ConfigProblem, List<string>>();
        foreach (var result in results)
        {
            foreach (var problem in result.Problems)
            {
                if (!affected.TryGetValue(problem, out var labels))
                {
                    affected[problem] = labels = [];
                }

                labels.Add(Label(result));
            }
        }

        if (affected.Count == 0)
        {
            return false;
        }

        foreach (var (problem, labels) in affected.OrderBy(p => p.Key.Line).ThenBy(p => p.Key.Column))
        {
            var where = problem.Line > 0 ? $"{path}:{problem.Line}:{problem.Column}" : path;
            var scope = results.Count > 1 && labels.Count < results.Count ? $" [{string.Join(", ", labels)}]" : string.Empty;
            error.WriteLine($"{where}: {problem}{scope}");
        }

        error.WriteLine($"{path}: {affected.Count} problem(s)");
        return true;
    }

    private static string Label(ConfigLoadResult result) => result.Profile is null ? "base" : "profile " + result.Profile;
}
