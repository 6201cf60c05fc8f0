using NQStream.Feeds.Replay;
using NQStream.Feeds.Simulation;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.Market.Instruments;

namespace NQStream.Benchmarks.Simulation;

/// <summary>
/// One simulated trading day decoded into memory: its market records (definitions left out) and its instrument
/// definitions. Shared by the benchmarks that replay a realistic day (pipeline, store).
/// </summary>
internal static class SimulatedDay
{
    /// <summary>Simulates one day (<paramref name="seed"/>, <paramref name="eventsPerDay"/>) into a temporary folder and decodes it.</summary>
    public static (List<MarketEvent> Events, List<Instrument> Definitions) Load(ulong seed, long eventsPerDay)
    {
        var dir = Path.Combine(Path.GetTempPath(), "nq-bench-day-" + Guid.NewGuid().ToString("N"));
        try
        {
            new Simulator(new SimulationOptions { Seed = seed, EventsPerDay = eventsPerDay }).Run(dir);
            var day = Directory.GetDirectories(dir).Order(StringComparer.Ordinal).First();
            var files = Directory.GetFiles(day, "*.dbn.zst").Order(StringComparer.Ordinal).ToArray();
            var definitions = new Definitions();
            var events = new List<MarketEvent>();
            using (var source = new DbnReplaySource(files, definitions))
            {
                while (source.TryNext(out var e))
                {
                    if (e.Kind != EventKind.Definition)
                    {
                        events.Add(e);
                    }
                }
            }

            return (events, definitions.Items);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed class Definitions : IDefinitionSink
    {
        public List<Instrument> Items { get; } = [];

        public long OnDefinition(in InstrumentDefMsg definition)
        {
            Items.Add(Instrument.FromDefinition(in definition, ContractFacts.Nq));
            return Items.Count - 1;
        }
    }
}
