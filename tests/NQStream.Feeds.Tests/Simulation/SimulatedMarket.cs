using NQStream.Feeds.Simulation;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;

namespace NQStream.Feeds.Tests.Simulation;

/// <summary>
/// One small simulated run (3 trade dates, a narrow chain) shared by the property tests, decoded once
/// with the project's DBN reader.
/// </summary>
public sealed class SimulatedMarket : IDisposable
{
    public SimulatedMarket()
    {
        Dir = Path.Combine(Path.GetTempPath(), "nqsim-tests-" + Guid.NewGuid().ToString("N"));
        Options = SmallOptions(seed: 11, days: 3, eventsPerDay: 150_000);
        Result = new Simulator(Options).Run(Dir);
        foreach (var day in Directory.GetDirectories(Dir).Order(StringComparer.Ordinal))
        {
            Days.Add(new DayFiles(
                DateOnly.Parse(Path.GetFileName(day), System.Globalization.CultureInfo.InvariantCulture),
                ReadAll<InstrumentDefMsg>(Path.Combine(day, "definitions.dbn.zst"), RType.InstrumentDef, out var defMeta),
                ReadAll<StatMsg>(Path.Combine(day, "statistics.dbn.zst"), RType.Statistics, out _),
                ReadAll<MboMsg>(Path.Combine(day, "mbo.dbn.zst"), RType.Mbo, out var mboMeta),
                defMeta,
                mboMeta));
        }

        Labels = LabelWriter.Read(Path.Combine(Dir, "labels.jsonl"));
    }

    public string Dir { get; }

    public SimulationOptions Options { get; }

    public SimulationResult Result { get; }

    public List<DayFiles> Days { get; } = [];

    public List<FlowLabel> Labels { get; }

    /// <summary>A narrow chain (±1.5 %, a week of weeklies, one month of monthlies, the two quarterlies) for fast tests.</summary>
    public static SimulationOptions SmallOptions(ulong seed, int days, long eventsPerDay) => new()
    {
        Seed = seed,
        Days = days,
        EventsPerDay = eventsPerDay,
        StrikeBand = 0.015,
        WeeklyHorizonDays = 5,
        MonthlyHorizonDays = 30,
        QuarterlyHorizonDays = 200,
    };

    public static List<T> ReadAll<T>(string path, byte rtype, out DbnMetadata metadata) where T : unmanaged, IDbnRecord
    {
        var list = new List<T>();
        using var reader = DbnReader.Open(path);
        metadata = reader.Metadata!;
        while (reader.TryRead(out var rec))
        {
            if (rec.RType != rtype)
            {
                throw new InvalidDataException($"{path}: unexpected rtype 0x{rec.RType:X2} at offset {rec.Offset}");
            }

            list.Add(rec.As<T>());
        }

        return list;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The decoded files of one trade date.</summary>
public sealed record DayFiles(DateOnly Date, List<InstrumentDefMsg> Definitions, List<StatMsg> Statistics, List<MboMsg> Mbo, DbnMetadata DefinitionMetadata, DbnMetadata MboMetadata);
