using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using NQStream.Market.Dbn;

namespace NQStream.Cli.Commands;

/// <summary>The FILE argument and fragment options shared by the <c>dbn</c> subcommands.</summary>
internal sealed partial class DbnInput
{
    public Argument<FileInfo> File { get; } = new("FILE") { Description = "DBN file: plain, .zst (any number of frames), or a fragment with --fragment" };

    public Option<bool> Fragment { get; } = new("--fragment") { Description = "The file holds records without a DBN header (a fragment)" };

    public Option<int?> FragmentVersion { get; } = new("--dbn-version")
    {
        Description = "DBN version of a fragment's records (default: from '.vN.' in the file name, else 3)",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Fragment);
        command.Options.Add(FragmentVersion);
    }

    public DbnReader Open(ParseResult parse, bool upgrade, bool allowUnknown = false)
    {
        var file = parse.GetValue(File)!;
        var fragment = parse.GetValue(Fragment);
        var version = parse.GetValue(FragmentVersion);
        if (version is not null && !fragment)
        {
            throw new Hosting.CliException("--dbn-version applies to fragments only (add --fragment)");
        }

        if (version is < 1 or > 3)
        {
            throw new Hosting.CliException($"--dbn-version {version} is not supported (expected 1, 2 or 3)");
        }

        var inferred = VersionInName().Match(file.Name);
        var fragmentVersion = (byte)(version ?? (inferred.Success ? int.Parse(inferred.Groups[1].Value, CultureInfo.InvariantCulture) : 3));
        return DbnReader.Open(file.ToString(), new DbnReaderOptions
        {
            Upgrade = upgrade,
            Fragment = fragment,
            FragmentVersion = fragmentVersion,
            AllowUnknownRTypes = allowUnknown,
        });
    }

    [GeneratedRegex(@"\.v([123])\.")]
    private static partial Regex VersionInName();
}
