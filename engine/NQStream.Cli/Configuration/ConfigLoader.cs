using NQStream.Cli.Configuration.Loading;
using NQStream.Cli.Configuration.Options;

namespace NQStream.Cli.Configuration;

/// <summary>
/// Loads a configuration file (YAML or JSON, by extension): base section, one profile deep-merged over it,
/// <c>${ENV_VAR}</c> references resolved, values bound to <see cref="NQStreamOptions"/> and validated
/// against the schema the option types declare. Every problem is reported, not just the first.
/// </summary>
public static class ConfigLoader
{
    /// <summary>Reads variables from the process environment.</summary>
    public static readonly Func<string, string?> ProcessEnvironment = Environment.GetEnvironmentVariable;

    /// <summary>Loads the base section merged with <paramref name="profile"/> (null: the base alone).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ConfigLoadResult Load(string path, string? profile, Func<string, string?>? env = null) =>
        Load(ConfigFile.Read(path), profile, env ?? ProcessEnvironment);

    /// <summary>Loads the base section alone and then every profile the file defines, in file order.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<ConfigLoadResult> LoadAll(string path, Func<string, string?>? env = null)
    {
        var file = ConfigFile.Read(path);
        var results = new List<ConfigLoadResult> { Load(file, null, env ?? ProcessEnvironment) };
        foreach (var (name, _) in file.Profiles)
        {
            results.Add(Load(file, name, env ?? ProcessEnvironment));
        }

        return results;
    }

    private static ConfigLoadResult Load(ConfigFile file, string? profile, Func<string, string?> env)
    {
        var problems = new List<ConfigProblem>(file.Problems);
        if (file.Base is null)
        {
            return new ConfigLoadResult(profile, null, problems);
        }

        var tree = file.Base;
        if (profile is not null)
        {
            if (file.FindProfile(profile) is not { } overrides)
            {
                var names = file.Profiles.Select(p => p.Name).ToList();
                var guess = Suggest.Closest(profile, names);
                var problem = $"profile '{profile}' is not defined" + (guess is null ? string.Empty : $", did you mean '{guess}'?");
                var expected = names.Count == 0 ? "a profiles section defining it" : "one of: " + string.Join(", ", names);
                problems.Add(new(ConfigFile.ProfilesKey, problem, expected, 0, 0));
                return new ConfigLoadResult(profile, null, problems);
            }

            tree = ProfileMerger.Merge(file.Base, overrides);
        }

        var options = new OptionsBinder(env, problems).Bind<NQStreamOptions>(tree);
        var ordered = problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new ConfigLoadResult(profile, ordered.Count == 0 ? options : null, ordered);
    }
}
