using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NQStream.TestSupport;

/// <summary>
/// A small in-process FAKE of QuestDB's HTTP ILP endpoint (HttpListener), for QuestDB-only behaviour no local
/// peer has: JSON error bodies, retriable statuses, <c>/settings</c>. Each POST /write takes the next scripted
/// response (default 204) and records the body. Not a QuestDB: it parses nothing.
/// </summary>
public sealed class FakeQuestDb : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, string? Json)> _script = new();
    private readonly Task _loop;

    public FakeQuestDb(string? settingsJson = null)
    {
        Port = FreePort();
        SettingsJson = settingsJson;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string? SettingsJson { get; }

    public ConcurrentQueue<(byte[] Body, string? Authorization)> Writes { get; } = new();

    public int Requests => _requests;

    private int _requests;

    public void Enqueue(int status, string? json = null) => _script.Enqueue((status, json));

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        // Close() only: on Unix the managed HttpListener's Stop() frees the port and a following Close() binds it again
        // to remove the prefix, which fails with "Address already in use" when a parallel test took the port meanwhile.
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // Listener shut down.
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await ctx.Request.InputStream.CopyToAsync(body);
            var response = ctx.Response;
            if (ctx.Request.Url!.AbsolutePath == "/settings")
            {
                await Reply(response, SettingsJson is null ? 404 : 200, SettingsJson);
                continue;
            }

            Interlocked.Increment(ref _requests);
            var (status, json) = _script.TryDequeue(out var next) ? next : (204, null);
            if (status == 204)
            {
                Writes.Enqueue((body.ToArray(), ctx.Request.Headers["Authorization"]));
            }

            await Reply(response, status, json);
        }
    }

    private static async Task Reply(HttpListenerResponse response, int status, string? json)
    {
        response.StatusCode = status;
        if (json is not null)
        {
            response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(json);
            await response.OutputStream.WriteAsync(bytes);
        }

        response.Close();
    }
}
