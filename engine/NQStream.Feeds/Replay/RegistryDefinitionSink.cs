using NQStream.Market.Dbn.Records;
using NQStream.Market.Instruments;

namespace NQStream.Feeds.Replay;

/// <summary>
/// The single-threaded definition sink: applies each definition to a registry as the feed meets it (before its event
/// is emitted), so the consumer of the same thread sees the instrument when the event arrives. The slot goes in
/// <c>Aux64</c>.
/// </summary>
public sealed class RegistryDefinitionSink : IDefinitionSink
{
    private readonly InstrumentRegistry _registry;

    /// <summary>Creates a sink that feeds <paramref name="registry"/>.</summary>
    public RegistryDefinitionSink(InstrumentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <inheritdoc />
    public long OnDefinition(in InstrumentDefMsg definition) => _registry.Apply(in definition);
}
