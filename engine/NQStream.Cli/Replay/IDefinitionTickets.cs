using NQStream.Market.Instruments;

namespace NQStream.Cli.Replay;

/// <summary>
/// Where the graph thread takes the instrument of a Definition event: the event carries a ticket in <c>Aux64</c>,
/// the feed side parked the decoded <see cref="Instrument"/> under it (<see cref="DefinitionHandoff"/> for a live
/// replay, <see cref="Perf.RecordedDay"/> for a day held in memory by the perf harness).
/// </summary>
internal interface IDefinitionTickets
{
    /// <summary>The instrument parked under <paramref name="ticket"/>.</summary>
    Instrument Take(long ticket);
}
