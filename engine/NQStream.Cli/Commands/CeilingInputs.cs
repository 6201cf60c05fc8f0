using System.Globalization;
using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary>
/// The inputs of <c>evaluate ceiling</c>: a simulator output folder holds day folders named <c>yyyy-MM-dd</c> with DBN
/// files and <c>labels.jsonl</c> at the top. Keeps the last <c>days</c> day folders; their files are merged into one
/// stream in ordinal path order, as <c>replay --demo</c> merges its replay days.
/// </summary>
internal sealed record CeilingInputs(string Directory, IReadOnlyList<DateOnly> Days, IReadOnlyList<string> Files, string Labels)
{
    public static CeilingInputs Resolve(string dir, int? days)
    {
        if (days is < 1)
        {
            throw new CliException($"--days: got {days}, expected a whole number ≥ 1");
        }

        if (!System.IO.Directory.Exists(dir))
        {
            throw new CliException($"--demo-dir {dir}: folder not found");
        }

        var found = new List<(DateOnly Day, string[] Files)>();
        foreach (var sub in System.IO.Directory.GetDirectories(dir))
        {
            if (DateOnly.TryParseExact(Path.GetFileName(sub), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var files = System.IO.Directory.GetFiles(sub)
                    .Where(f => f.EndsWith(".dbn", StringComparison.Ordinal) || f.EndsWith(".dbn.zst", StringComparison.Ordinal))
                    .ToArray();
                if (files.Length > 0)
                {
                    found.Add((day, files));
                }
            }
        }

        if (found.Count == 0)
        {
            throw new CliException($"--demo-dir {dir}: no day folders (yyyy-MM-dd holding *.dbn or *.dbn.zst files)");
        }

        if (days > found.Count)
        {
            throw new CliException($"--days: got {days}, but {dir} holds {found.Count} day folder(s)");
        }

        var labels = Path.Combine(dir, "labels.jsonl");
        if (!File.Exists(labels))
        {
            throw new CliException($"labels {labels}: file not found");
        }

        found.Sort((a, b) => a.Day.CompareTo(b.Day));
        var kept = found.Skip(found.Count - (days ?? found.Count)).ToList();
        var all = kept.SelectMany(d => d.Files).ToList();
        all.Sort(StringComparer.Ordinal);
        return new CeilingInputs(dir, [.. kept.Select(d => d.Day)], all, labels);
    }
}
