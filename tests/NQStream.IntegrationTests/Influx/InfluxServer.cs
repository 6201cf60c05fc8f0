using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using NQStream.TestSupport;

namespace NQStream.IntegrationTests.Influx;

/// <summary>
/// A real InfluxDB 1.6 (<c>influxd</c>, Debian package) on free 127.0.0.1 ports with a throw-away data folder
/// (docs/ops.md §3.1, §11). Stopped by PID (SIGTERM) and restartable on the same ports and data.
/// </summary>
internal sealed partial class InfluxServer : IDisposable
{
    private readonly string _dir = RepoPaths.NewTempDir("influx");
    private readonly HttpClient _http = new();
    private Process? _process;

    public InfluxServer()
    {
        HttpPort = FreePort();
        string config = Run("influxd", "config");
        config = config.Replace("/var/lib/influxdb", _dir, StringComparison.Ordinal);
        config = TopBind().Replace(config, $"bind-address = \"127.0.0.1:{FreePort()}\"", 1);
        config = config.Replace("bind-address = \":8086\"", $"bind-address = \"127.0.0.1:{HttpPort}\"", StringComparison.Ordinal)
            .Replace("bind-address = \":8082\"", $"bind-address = \"127.0.0.1:{FreePort()}\"", StringComparison.Ordinal)
            .Replace("store-enabled = true", "store-enabled = false", StringComparison.Ordinal);
        ConfigPath = Path.Combine(_dir, "influxdb.conf");
        File.WriteAllText(ConfigPath, config);
        Start();
    }

    public int HttpPort { get; }

    public string ConfigPath { get; }

    public string LogPath => Path.Combine(_dir, "influxd.log");

    public string BaseUrl => $"http://127.0.0.1:{HttpPort}";

    public void Start()
    {
        var psi = new ProcessStartInfo("influxd") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-config");
        psi.ArgumentList.Add(ConfigPath);
        _process = Process.Start(psi)!;
        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var r = _http.GetAsync(BaseUrl + "/ping").GetAwaiter().GetResult();
                if (r.StatusCode == HttpStatusCode.NoContent)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException("influxd exited: " + File.ReadAllText(LogPath));
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("influxd not ready after 30 s; log: " + LogPath);
    }

    /// <summary>Graceful stop (SIGTERM) and wait.</summary>
    public void Stop()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        Run("kill", "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        _process = null;
    }

    public void CreateDatabase(string name) => Query(null, "CREATE DATABASE " + name, post: true);

    /// <summary>Runs an InfluxQL query (<c>epoch=ns</c>) and returns the JSON response.</summary>
    public JsonDocument Query(string? db, string q, bool post = false)
    {
        string url = $"{BaseUrl}/query?epoch=ns{(db is null ? "" : "&db=" + db)}&q={Uri.EscapeDataString(q)}";
        using var response = post ? _http.PostAsync(url, null).GetAwaiter().GetResult() : _http.GetAsync(url).GetAwaiter().GetResult();
        string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(body);
    }

    /// <summary>The rows of the first series of a query, as column name → value maps.</summary>
    public List<Dictionary<string, JsonElement>> Rows(string db, string q)
    {
        using var doc = Query(db, q);
        var result = doc.RootElement.GetProperty("results")[0];
        var rows = new List<Dictionary<string, JsonElement>>();
        if (!result.TryGetProperty("series", out var series))
        {
            return rows;
        }

        var columns = series[0].GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        foreach (var values in series[0].GetProperty("values").EnumerateArray())
        {
            var row = new Dictionary<string, JsonElement>();
            int i = 0;
            foreach (var v in values.EnumerateArray())
            {
                row[columns[i++]] = v.Clone();
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        Stop();
        _http.Dispose();
        Directory.Delete(_dir, true);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    [GeneratedRegex("^bind-address = \"[^\"]*\"", RegexOptions.Multiline)]
    private static partial Regex TopBind();
}
