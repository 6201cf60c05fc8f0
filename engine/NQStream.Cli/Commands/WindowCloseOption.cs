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
            Description = "When per-instrument windows are emitted: record (at the instrument's next record: lowest latency) or watermark (on time and in time order, also for quiet instruments; 8-19 % more pipeline time)",
            DefaultValueFactory = _ => "record",
        };
        option.AcceptOnlyFromAmong("watermark", "record");
        return option;
    }

    public static WindowClose Parse(string value) => value == "watermark" ? WindowClose.Watermark : WindowClose.Record;
}
