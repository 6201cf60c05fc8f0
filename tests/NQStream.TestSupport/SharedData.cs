namespace NQStream.TestSupport;

/// <summary>
/// Locates the third-party reference data in <c>../shared/data</c> (override with <c>NQSTREAM_SHARED</c>).
/// The data is never copied into the repository. When it is absent, tests that need it are skipped
/// with a message saying so — except under <c>CI=true</c>, where they run and fail loudly.
/// </summary>
public static class SharedData
{
    /// <summary>Root of the shared folder (the one holding <c>data/</c>), or null when absent.</summary>
    public static string? Root { get; } = Locate();

    /// <summary>True when running under CI (<c>CI=true</c>).</summary>
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skip reason when the data is missing outside CI; null when tests must run.</summary>
    public static string? SkipReason =>
        Root is null && !IsCi
            ? "shared reference data not found (set NQSTREAM_SHARED or place it at ../shared); skipped outside CI"
            : null;

    /// <summary>Absolute path of a file or folder below <c>shared/data</c>; throws a clear error when absent.</summary>
    public static string DataPath(params string[] parts)
    {
        if (Root is null)
        {
            throw new DirectoryNotFoundException(
                "shared reference data not found: set NQSTREAM_SHARED to the folder holding data/ " +
                "(default ../shared from the repository root). Under CI=true this is a failure, not a skip.");
        }

        return Path.Combine([Root, "data", .. parts]);
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("NQSTREAM_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(Path.Combine(env, "data")) ? Path.GetFullPath(env) : null;
        }

        // Walk up from the test binary to the repository root (the folder with NQStream.sln).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NQStream.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(Path.Combine(shared, "data")) ? shared : null;
            }
        }

        return null;
    }
}
