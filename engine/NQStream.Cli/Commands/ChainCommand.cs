using System.CommandLine;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream chain …</c>: the option chain built from definition and statistics records.</summary>
internal static class ChainCommand
{
    public static Command Create()
    {
        var chain = new Command("chain", "The NQ option chain from definition (+ statistics) files: show.");
        chain.Subcommands.Add(ChainShowCommand.Create());
        return chain;
    }
}
