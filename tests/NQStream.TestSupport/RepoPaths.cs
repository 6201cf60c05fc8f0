namespace NQStream.TestSupport;

/// <summary>Paths inside this repository, found from the test binary.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding NQStream.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A fresh temporary directory, unique per call.</summary>
    public static string NewTempDir(string prefix = "nqstream-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NQStream.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (NQStream.sln) not found above " + AppContext.BaseDirectory);
    }
}
