using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Market.Instruments;

/// <summary>Feeds the definition, symbol-mapping and statistics records of a DBN stream into a registry and a statistics book.</summary>
public static class DefinitionLoader
{
    /// <summary>Reads <paramref name="reader"/> to its end (records upgraded to v3) and returns what it applied.</summary>
    public static LoadCounts Load(DbnReader reader, InstrumentRegistry registry, StatisticsBook statistics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(statistics);
        long definitions = 0, stats = 0, mappings = 0, other = 0;
        while (reader.TryRead(out var rec))
        {
            if (rec.Version != DbnConstants.CurrentVersion)
            {
                throw new DbnFormatException(reader.Source, rec.Offset, $"record is DBN v{rec.Version}: open the reader with Upgrade = true");
            }

            switch (rec.RType)
            {
                case RType.InstrumentDef:
                    registry.Apply(in rec.As<InstrumentDefMsg>());
                    definitions++;
                    break;
                case RType.Statistics:
                    statistics.Apply(in rec.As<StatMsg>());
                    stats++;
                    break;
                case RType.SymbolMapping:
                    registry.ApplyMapping(in rec.As<SymbolMappingMsg>());
                    mappings++;
                    break;
                default:
                    other++;
                    break;
            }
        }

        return new LoadCounts(definitions, stats, mappings, other);
    }
}
