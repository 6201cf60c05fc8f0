using System.Text.Json.Nodes;
using NQStream.Market.Dbn;
using NQStream.TestSupport;

namespace NQStream.Market.Tests.Dbn;

/// <summary>The Databento fixture files in shared/data/dbn and their golden decodes.</summary>
internal static class DbnFixtures
{
    public const string Absent = "(shared data absent)";

    public static string Dir => SharedData.DataPath("dbn");

    /// <summary>Every data file that has a golden decode (theory rows; one placeholder when the data is absent).</summary>
    public static IEnumerable<object[]> GoldenFiles()
    {
        if (SharedData.Root is null)
        {
            yield return [Absent];
            yield break;
        }

        foreach (var f in Directory.GetFiles(Path.Combine(Dir, "expected-json"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileName(f)[..^".jsonl".Length]];
        }
    }

    /// <summary>Every legacy DBZ fixture.</summary>
    public static IEnumerable<object[]> DbzFiles()
    {
        if (SharedData.Root is null)
        {
            yield return [Absent];
            yield break;
        }

        foreach (var f in Directory.GetFiles(Dir, "*.dbz").Order(StringComparer.Ordinal))
        {
            yield return [Path.GetFileName(f)];
        }
    }

    /// <summary>Options for a fixture: fragments carry their version in the golden file's first line.</summary>
    public static DbnReaderOptions OptionsFor(string file, bool upgrade)
    {
        var first = JsonNode.Parse(File.ReadLines(Path.Combine(Dir, "expected-json", file + ".jsonl")).First())!;
        var fragmentVersion = first["fragment_version"];
        return fragmentVersion is null
            ? new DbnReaderOptions { Upgrade = upgrade }
            : new DbnReaderOptions { Upgrade = upgrade, Fragment = true, FragmentVersion = (byte)fragmentVersion.GetValue<int>() };
    }

    public static DbnReader Open(string file, bool upgrade = true) => DbnReader.Open(Path.Combine(Dir, file), OptionsFor(file, upgrade));
}
