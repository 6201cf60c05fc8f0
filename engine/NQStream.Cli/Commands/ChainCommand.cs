using System.CommandLine;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream chain …</c>: the option chain from definitions and statistics (show) or a snapshot (analyze).</summary>
internal static class ChainCommand
{
    public static Command Create()
    {
        var chain = new Command("chain", "The NQ option chain: show (from definition + statistics files), analyze (chain-level risk on a snapshot).");
        chain.Subcommands.Add(ChainShowCommand.Create());
        chain.Subcommands.Add(ChainAnalyzeCommand.Create());
        return chain;
    }
}
