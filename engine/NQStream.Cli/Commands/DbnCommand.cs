using System.CommandLine;

namespace NQStream.Cli.Commands;

/// <summary><c>nqstream dbn …</c>: inspect Databento DBN files.</summary>
internal static class DbnCommand
{
    public static Command Create()
    {
        var dbn = new Command("dbn", "Inspect Databento DBN files (plain or .zst): dump, info, check.");
        dbn.Subcommands.Add(DbnDumpCommand.Create());
        dbn.Subcommands.Add(DbnInfoCommand.Create());
        dbn.Subcommands.Add(DbnCheckCommand.Create());
        return dbn;
    }
}
