using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using FluentAssertions;
using NQStream.Sinks.Metrics;
using Xunit;

namespace NQStream.Sinks.Tests.Metrics;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed in DisposeAsync (IAsyncLifetime).")]
public sealed class MetricsHostTests : IAsyncLifetime
{
    private readonly string _prefix = "NQStreamTest" + Guid.NewGuid().ToString("N");
    private readonly HttpClient _http = new();
    private Meter? _meter;
    private MetricsRegistry? _registry;
    private MetricsHost? _host;

    public async Task InitializeAsync()
    {
        _meter = new Meter(_prefix + ".Host");
        _registry = new MetricsRegistry(_prefix);
        _meter.CreateCounter<long>("requests").Add(3, new KeyValuePair<string, object?>("path", "a\"b"));
        _host = await MetricsHost.StartAsync(_registry, new MetricsHostOptions { Host = "127.0.0.1", Port = 0 });
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        _registry!.Dispose();
        _meter!.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task Metrics_without_openmetrics_accept_is_text_004()
    {
        _host!.Port.Should().BePositive();
        using HttpResponseMessage response = await _http.GetAsync(new Uri(_host.BaseAddress, "metrics"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; version=0.0.4; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "# HELP requests_total requests_total\n# TYPE requests_total counter\nrequests_total{path=\"a\\\"b\"} 3\n");
    }

    [Fact]
    public async Task Metrics_with_prometheus_accept_header_is_openmetrics()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_host!.BaseAddress, "metrics"));
        request.Headers.Accept.ParseAdd("application/openmetrics-text;version=1.0.0");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain", 0.5));
        using HttpResponseMessage response = await _http.SendAsync(request);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/openmetrics-text; version=1.0.0; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "# TYPE requests counter\n# HELP requests requests_total\nrequests_total{path=\"a\\\"b\"} 3\n# EOF\n");
    }

    [Fact]
    public async Task Healthz_is_ok_and_readyz_follows_the_flag()
    {
        using (HttpResponseMessage health = await _http.GetAsync(new Uri(_host!.BaseAddress, "healthz")))
        {
            health.StatusCode.Should().Be(HttpStatusCode.OK);
            (await health.Content.ReadAsStringAsync()).Should().Be("ok\n");
        }

        using (HttpResponseMessage notReady = await _http.GetAsync(new Uri(_host.BaseAddress, "readyz")))
        {
            notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }

        _host.IsReady = true;
        using HttpResponseMessage ready = await _http.GetAsync(new Uri(_host.BaseAddress, "readyz"));
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("ready\n");
    }

    [Fact]
    public async Task Unknown_path_is_404()
    {
        using HttpResponseMessage response = await _http.GetAsync(new Uri(_host!.BaseAddress, "nope"));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("not-an-ip", 0, "metrics host 'not-an-ip' is not an IP address")]
    [InlineData("127.0.0.1", 70000, "metrics port 70000 is out of range")]
    public async Task Bad_listen_options_are_rejected_with_a_clear_message(string host, int port, string message)
    {
        Func<Task> start = () => MetricsHost.StartAsync(_registry!, new MetricsHostOptions { Host = host, Port = port });
        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().StartWith(message);
    }
}
