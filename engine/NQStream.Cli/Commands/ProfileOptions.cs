using NQStream.Cli.Configuration;
using NQStream.Cli.Configuration.Options;
using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary><c>--config FILE [--profile P]</c>: the options of one profile, or the documented defaults without a file.</summary>
internal static class ProfileOptions
{
    public static NQStreamOptions Load(string? config, string? profile)
    {
        if (config is null)
        {
            return profile is null ? new NQStreamOptions() : throw new CliException("--profile needs --config");
        }

        var result = ConfigLoader.Load(config, profile);
        if (result.Options is null)
        {
            throw new CliException($"{config}: invalid configuration: {result.Problems[0]}");
        }

        return result.Options;
    }
}
