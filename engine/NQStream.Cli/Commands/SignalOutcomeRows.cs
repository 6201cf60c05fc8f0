using NQStream.Operators.Evaluation;
using NQStream.Sinks.Rows;

namespace NQStream.Cli.Commands;

/// <summary>Maps a <see cref="BracketOutcome"/> of the replay graph to its <c>signal_outcomes</c> row (the sinks never see operator types).</summary>
internal static class SignalOutcomeRows
{
    /// <summary>The row; <paramref name="underlying"/> is the raw symbol of the outcome's underlying future (e.g. <c>NQZ5</c>).</summary>
    public static SignalOutcomeRow From(in BracketOutcome outcome, string underlying) => new()
    {
        Ts = outcome.ResolvedTs,
        SignalId = outcome.SignalId,
        Underlying = underlying,
        Outcome = BracketResolutionNames.Of(outcome.Resolution),
        SignalTs = outcome.SignalTs,
        UnderlyingId = outcome.UnderlyingId,
        Direction = outcome.Direction,
        F0 = outcome.F0,
        Mid = outcome.ResolvedMid,
        MaxFavourable = outcome.MaxFavourable,
        MaxAdverse = outcome.MaxAdverse,
    };
}
