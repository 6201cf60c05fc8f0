using System.CommandLine;
using Spectre.Console;

namespace NQStream.Cli.Hosting;

/// <summary>Output helpers so every command writes to the invocation's writers (tests capture them).</summary>
internal static class CliConsole
{
    /// <summary>The standard output writer of this invocation.</summary>
    public static TextWriter Out(this ParseResult parse) => parse.InvocationConfiguration.Output;

    /// <summary>The standard error writer of this invocation.</summary>
    public static TextWriter Err(this ParseResult parse) => parse.InvocationConfiguration.Error;

    /// <summary>A Spectre console that renders tables and charts to this invocation's output.</summary>
    public static IAnsiConsole Ansi(this ParseResult parse)
    {
        var writer = parse.Out();
        var interactive = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }
}
