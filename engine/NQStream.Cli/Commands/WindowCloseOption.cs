using System.CommandLine;
using NQStream.Operators.Pipeline;

namespace NQStream.Cli.Commands;

/// <summary><c>--window-close watermark|record</c>: when per-instrument windows are emitted (<see cref="WindowClose"/>).</summary>
internal static class WindowCloseOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--window-close")
        {
            Description = "When per-instrument windows are emitted: watermark (on time, in time order) or record (at the instrument's next record: cheapest)",
            DefaultValueFactory = _ => "watermark",
        };
        option.AcceptOnlyFromAmong("watermark", "record");
        return option;
    }

    public static WindowClose Parse(string value) => value == "record" ? WindowClose.Record : WindowClose.Watermark;
}
