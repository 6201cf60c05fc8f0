namespace NQStream.IntegrationTests.Ops;

/// <summary>Finds the external programs the ops tests run.</summary>
public static class Peers
{
    /// <summary>Python with Debian's dist-packages (docs/ops.md §6: not a pyenv/venv python).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>The folder holding the dashboard schema checker and its node_modules.</summary>
    public static string GrafanaCheckerDir => Path.Combine(NQStream.TestSupport.RepoPaths.Root, "tests", "peers", "grafana");

    /// <summary>Full path of an executable on PATH, or null.</summary>
    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, name);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The first peer that is not available, or null. Peers: program names, plus
    /// <c>prometheus_client</c> (the Python package) and <c>grafana-schema</c> (npm ci done).</summary>
    public static string? FirstMissing(IEnumerable<string> peers)
    {
        foreach (string peer in peers)
        {
            bool present = peer switch
            {
                "prometheus_client" => Directory.Exists("/usr/lib/python3/dist-packages/prometheus_client") && File.Exists(Python),
                "grafana-schema" => Find("node") is not null && Directory.Exists(Path.Combine(GrafanaCheckerDir, "node_modules", "@grafana", "schema")),
                _ => Find(peer) is not null,
            };
            if (!present)
            {
                return peer;
            }
        }

        return null;
    }

    /// <summary>Path of a program; throws with a clear message when it is missing (under CI).</summary>
    public static string Require(string name) =>
        Find(name) ?? throw new FileNotFoundException($"{name} not found on PATH: run bash .ci/install");
}
