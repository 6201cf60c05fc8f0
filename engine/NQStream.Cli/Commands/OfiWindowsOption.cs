using System.CommandLine;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Commands;

/// <summary><c>--ofi-windows all|traded</c>: which OFI windows the replay stores (<see cref="OfiWindowPolicy"/>).</summary>
internal static class OfiWindowsOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--ofi-windows")
        {
            Description = "OFI windows to store: all (every window with a transition) or traded (futures' windows; an option's only when it traded in the window)",
            DefaultValueFactory = _ => "all",
        };
        option.AcceptOnlyFromAmong("all", "traded");
        return option;
    }

    public static OfiWindowPolicy Parse(string value) => value == "traded" ? OfiWindowPolicy.Traded : OfiWindowPolicy.All;
}
