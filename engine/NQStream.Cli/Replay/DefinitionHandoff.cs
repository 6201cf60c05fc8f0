using System.Collections.Concurrent;
using NQStream.Feeds.Replay;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Instruments;

namespace NQStream.Cli.Replay;

/// <summary>
/// Hands instrument definitions from the feed thread to the graph thread. The feed decodes each definition into an
/// <see cref="Instrument"/> and parks it under a ticket; the ticket travels in the Definition event's <c>Aux64</c>
/// through the ring, and the graph takes it out when that event arrives, so the graph's registry changes in stream
/// order and is never touched by two threads.
/// </summary>
internal sealed class DefinitionHandoff : IDefinitionSink, IDefinitionTickets
{
    private readonly ConcurrentDictionary<long, Instrument> _parked = new();
    private long _next;

    public long OnDefinition(in InstrumentDefMsg definition)
    {
        var ticket = _next++;
        _parked[ticket] = Instrument.FromDefinition(in definition, ContractFacts.Nq);
        return ticket;
    }

    public Instrument Take(long ticket) =>
        _parked.TryRemove(ticket, out var instrument)
            ? instrument
            : throw new InvalidOperationException($"definition ticket {ticket} was not parked (feed and graph out of step)");
}
