namespace NQStream.TestSupport;

/// <summary>
/// External programs used as real test peers (Node.js with @questdb/nodejs-client, InfluxDB 1.6). Installed by
/// <c>.ci/install</c>; when one is missing, tests that need it are skipped with a message — except under
/// <c>CI=true</c>, where they run and fail loudly (the same rule as <see cref="SharedData"/>).
/// </summary>
public static class Peers
{
    /// <summary>The Node.js peer folder (<c>tests/peers/node</c>, <c>npm ci</c> installs its node_modules).</summary>
    public static string NodePeerDir { get; } = Path.Combine(RepoPaths.Root, "tests", "peers", "node");

    /// <summary>Full path of an executable found on PATH, or null.</summary>
    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Skip reason for the Node.js peer, or null when tests must run.</summary>
    public static string? NodeSkipReason =>
        SharedData.IsCi || (Find("node") is not null && Directory.Exists(Path.Combine(NodePeerDir, "node_modules", "@questdb", "nodejs-client")))
            ? null
            : "Node.js peer missing (need 'node' on PATH and 'npm ci' in tests/peers/node); skipped outside CI";

    /// <summary>Skip reason for the InfluxDB 1.6 peer, or null when tests must run.</summary>
    public static string? InfluxSkipReason =>
        SharedData.IsCi || Find("influxd") is not null
            ? null
            : "InfluxDB peer missing (Debian package 'influxdb' provides influxd); skipped outside CI";
}
