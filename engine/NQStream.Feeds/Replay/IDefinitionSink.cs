using NQStream.Market.Dbn.Records;

namespace NQStream.Feeds.Replay;

/// <summary>
/// Receives instrument definitions as the feed meets them (before their event is emitted) and returns
/// the slot that the <see cref="Market.Events.MarketEvent"/> carries in <c>Aux64</c>.
/// </summary>
public interface IDefinitionSink
{
    /// <summary>Stores a v3 definition and returns its slot.</summary>
    long OnDefinition(in InstrumentDefMsg definition);
}
