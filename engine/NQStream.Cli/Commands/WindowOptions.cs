using System.CommandLine;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Commands;

/// <summary>
/// The options that shape per-instrument window output, shared by <c>replay</c> and the perf harnesses:
/// <c>--ofi-windows all|traded</c> (which OFI windows are handed on, <see cref="OfiWindowPolicy"/>) and
/// <c>--window-close watermark|record</c> (when windows are emitted, <see cref="WindowClose"/>).
/// </summary>
internal static class WindowOptions
{
    public static Option<string> OfiWindows() => Choice(
        "--ofi-windows",
        "OFI windows to store: all (every window with a transition) or traded (futures' windows; an option's only when it traded in the window)",
        "all", "traded");

    public static OfiWindowPolicy ParseOfiWindows(string value) => value == "traded" ? OfiWindowPolicy.Traded : OfiWindowPolicy.All;

    public static Option<string> WindowClose() => Choice(
        "--window-close",
        "When per-instrument windows are emitted: watermark (on time and near time order, also for quiet instruments: fastest end to end) or record (at the instrument's next record: least pipeline time, lowest paced latency)",
        "watermark", "record");

    public static WindowClose ParseWindowClose(string value) => value == "record" ? Operators.Pipeline.WindowClose.Record : Operators.Pipeline.WindowClose.Watermark;

    /// <summary>A string option limited to <paramref name="values"/>; the first is the default.</summary>
    private static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0] };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
