using System.CommandLine;

namespace NQStream.Cli.Commands;

/// <summary>
/// Every top-level command group, in the order <c>--help</c> lists them. Each group lives in its own
/// file and exposes a static <c>Create()</c>; registering a new group is one line here.
/// </summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return DbnCommand.Create();
        yield return ConfigCommand.Create();
        yield return OptionsCommand.Create();
        yield return PerfCommand.Create();
        yield return ChainCommand.Create();
        yield return LobsterCommand.Create();
        yield return MetricsCommand.Create();
        yield return BookCommand.Create();
        yield return SimulateCommand.Create();
        yield return QueryCommand.Create();
        yield return SignalsCommand.Create();
        yield return IlpCommand.Create();
        yield return ReplayCommand.Create();
        yield return BaselineCommand.Create();
        yield return EvaluateCommand.Create();
    }
}
