using NQStream.Cli.Hosting;

namespace NQStream.Cli.Commands;

/// <summary>
/// What <c>chain analyze</c> was given: one Barchart snapshot (<c>.json</c>/<c>.csv</c>), or DBN files to replay
/// (recognised by content — a <c>DBN</c> header or a zstd frame — or by a <c>.dbn</c>/<c>.zst</c> name, so the DBN
/// reader reports what is wrong with a broken one).
/// </summary>
internal static class ChainInput
{
    public static bool IsBarchart(IReadOnlyList<FileInfo> files)
    {
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new CliException($"{file}: file not found");
            }
        }

        if (files.Count == 1 && IsBarchartName(files[0]) && !LooksLikeDbn(files[0]))
        {
            return true;
        }

        foreach (var file in files)
        {
            if (LooksLikeDbn(file))
            {
                continue;
            }

            if (IsBarchartName(file))
            {
                throw new CliException($"{file}: a Barchart snapshot is analysed on its own; the other inputs must be DBN files");
            }

            if (!HasDbnName(file))
            {
                throw new CliException($"{file}: neither DBN (no 'DBN' header or zstd frame) nor a Barchart snapshot (.json or .csv)");
            }
        }

        return false;
    }

    private static bool IsBarchartName(FileInfo file) =>
        file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool HasDbnName(FileInfo file) =>
        file.Name.EndsWith(".dbn", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".zst", StringComparison.OrdinalIgnoreCase)
        || file.Name.EndsWith(".dbz", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".frag", StringComparison.OrdinalIgnoreCase);

    // 'DBN' + version, a zstd frame (28 B5 2F FD) or a zstd skippable frame (5? 2A 4D 18, legacy DBZ).
    private static bool LooksLikeDbn(FileInfo file)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = file.OpenRead();
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n < 4)
        {
            return false;
        }

        return (head[0] == (byte)'D' && head[1] == (byte)'B' && head[2] == (byte)'N')
            || (head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD)
            || (head[0] is >= 0x50 and <= 0x5F && head[1] == 0x2A && head[2] == 0x4D && head[3] == 0x18);
    }
}
