using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary>
/// Resolves the <c>baseline build</c> inputs into replay groups: a folder holding DBN files is one group (a
/// simulator day folder), a folder of such folders gives one group per sub-folder (a simulator output
/// folder), and loose DBN files given on the command line form one group together.
/// </summary>
internal static class BaselineInputs
{
    public static List<(string Name, string[] Files)> Resolve(IReadOnlyList<string> inputs)
    {
        var groups = new List<(string, string[])>();
        var loose = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                loose.Add(input);
                continue;
            }

            if (!Directory.Exists(input))
            {
                throw new CliException($"{input}: not found, expected a DBN file, a day folder or a folder of day folders");
            }

            var files = DbnFiles(input);
            if (files.Length > 0)
            {
                groups.Add((input, files));
                continue;
            }

            var dayFolders = Directory.GetDirectories(input).Order(StringComparer.Ordinal).ToArray();
            var before = groups.Count;
            foreach (var day in dayFolders)
            {
                var dayFiles = DbnFiles(day);
                if (dayFiles.Length > 0)
                {
                    groups.Add((day, dayFiles));
                }
            }

            if (groups.Count == before)
            {
                throw new CliException($"{input}: no DBN files (*.dbn, *.dbn.zst) in the folder or its sub-folders");
            }
        }

        if (loose.Count > 0)
        {
            groups.Add((string.Join(", ", loose), Ordered(loose)));
        }

        return groups;
    }

    private static string[] DbnFiles(string folder) =>
        Ordered(Directory.GetFiles(folder).Where(f => f.EndsWith(".dbn", StringComparison.Ordinal) || f.EndsWith(".dbn.zst", StringComparison.Ordinal)));

    // Definitions first, so a definition precedes same-time market data in the merged replay.
    private static string[] Ordered(IEnumerable<string> files) =>
        [.. files.OrderBy(f => Path.GetFileName(f).StartsWith("definitions", StringComparison.Ordinal) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal)];
}
