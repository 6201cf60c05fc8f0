using NQStream.Cli.Configuration.Options;

namespace NQStream.Cli.Configuration;

/// <summary>The outcome of loading one profile of a configuration file.</summary>
public sealed class ConfigLoadResult
{
    internal ConfigLoadResult(string? profile, NQStreamOptions? options, IReadOnlyList<ConfigProblem> problems)
    {
        Profile = profile;
        Options = options;
        Problems = problems;
    }

    /// <summary>The profile merged over the base section, or null for the base alone.</summary>
    public string? Profile { get; }

    /// <summary>The bound options; null when there are problems.</summary>
    public NQStreamOptions? Options { get; }

    /// <summary>Every problem found, ordered by position in the file.</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; }

    /// <summary>True when there is no problem.</summary>
    public bool IsValid => Problems.Count == 0;
}
