using System.CommandLine;
using NQStream.Cli.Commands;

namespace NQStream.Cli.Hosting;

/// <summary>The <c>nqstream</c> command-line host: builds the command tree and maps failures to exit codes.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code for an unexpected internal failure.</summary>
    public const int ExitInternal = 1;

    /// <summary>Exit code for bad input: invalid arguments, corrupt files, invalid configuration.</summary>
    public const int ExitBadInput = 2;

    /// <summary>Builds the root command with every command group registered in <see cref="CommandCatalog"/>.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("NQStream — stream processing for CME NQ options order flow (IFD v3.0).");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs a command line, returning the process exit code.</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var root = BuildRoot();
        var config = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                config.Error.WriteLine($"nqstream: {error.Message}");
            }

            config.Error.WriteLine("Run 'nqstream --help' for usage.");
            return ExitBadInput;
        }

        try
        {
            return parse.Invoke(config);
        }
        catch (CliException ex)
        {
            config.Error.WriteLine($"nqstream: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            config.Error.WriteLine($"nqstream: {ex.Message}");
            return ExitBadInput;
        }
    }
}
