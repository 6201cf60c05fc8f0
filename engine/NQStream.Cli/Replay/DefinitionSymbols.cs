using System.Collections.Concurrent;
using NQStream.Feeds.Replay;
using NQStream.Market.Dbn.Records;

namespace NQStream.Cli.Replay;

/// <summary>Keeps each definition's raw symbol for output rows (written by the feed, read by the graph).</summary>
internal sealed class DefinitionSymbols : IDefinitionSink
{
    private long _count;

    public ConcurrentDictionary<uint, string> Symbols { get; } = new();

    public long OnDefinition(in InstrumentDefMsg definition)
    {
        Symbols[definition.Hd.InstrumentId] = definition.RawSymbolText();
        return _count++;
    }
}
