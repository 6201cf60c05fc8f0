using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// A real Prometheus (Debian 2.42) on a free 127.0.0.1 port with a throw-away config and data folder
/// (docs/ops.md §11), scraping one target as job <c>nqstream</c> and loading the repository's rules.
/// Stopped by PID in <see cref="DisposeAsync"/>; its log is kept for failure messages.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private PrometheusServer(Process process, string dir, Uri baseAddress)
    {
        _process = process;
        _dir = dir;
        BaseAddress = baseAddress;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The server's log so far.</summary>
    public string Log => File.Exists(Path.Combine(_dir, "prometheus.log")) ? File.ReadAllText(Path.Combine(_dir, "prometheus.log")) : string.Empty;

    /// <summary>Starts Prometheus scraping <paramref name="target"/> (host:port) every second; waits for /-/ready.</summary>
    public static async Task<PrometheusServer> StartAsync(string target, IEnumerable<string> ruleFiles)
    {
        string dir = NQStream.TestSupport.RepoPaths.NewTempDir("nqstream-prom");
        int port = FreePort();
        string rules = string.Join('\n', ruleFiles.Select(f => $"  - '{f}'"));
        string config = $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
            {rules}
            scrape_configs:
              - job_name: nqstream
                metrics_path: /metrics
                scrape_interval: 1s
                scrape_timeout: 1s
                static_configs:
                  - targets: ['{target}']
            """;
        string configPath = Path.Combine(dir, "prometheus.yml");
        await File.WriteAllTextAsync(configPath, config);
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        // The shell only redirects the log; `exec` makes the PID Prometheus's own.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(
            $"exec '{Peers.Require("prometheus")}' --config.file='{configPath}' --storage.tsdb.path='{dir}/data' " +
            $"--web.listen-address=127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} > '{dir}/prometheus.log' 2>&1");
        Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start prometheus");
        var server = new PrometheusServer(process, dir, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>GET an API path and parse the JSON body (any status code).</summary>
    public async Task<JsonElement> GetJsonAsync(string pathAndQuery)
    {
        using HttpResponseMessage response = await _http.GetAsync(new Uri(BaseAddress, pathAndQuery));
        string body = await response.Content.ReadAsStringAsync();
        using JsonDocument doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }

    /// <summary>Runs an instant query; returns the whole API answer (status, data or error).</summary>
    public Task<JsonElement> QueryAsync(string promql) =>
        GetJsonAsync("api/v1/query?query=" + Uri.EscapeDataString(promql));

    /// <summary>Polls until <paramref name="condition"/> holds, at most <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return await condition();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitReadyAsync()
    {
        bool ready = await WaitUntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                return false;
            }

            try
            {
                using HttpResponseMessage r = await _http.GetAsync(new Uri(BaseAddress, "-/ready"));
                return r.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30));
        if (!ready)
        {
            string log = Log;
            await DisposeAsync();
            throw new InvalidOperationException("prometheus did not become ready in 30 s:\n" + log);
        }
    }
}
