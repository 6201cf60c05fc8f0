using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace NQStream.IntegrationTests.Ops;

/// <summary>The exporter's output through the two offline validators of docs/ops.md §6.</summary>
public sealed class ExporterValidatorTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string OpenMetricsAccept = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    // Parses with prometheus_client's strict OpenMetrics parser and prints each family with its samples.
    private const string ParseScript = """
        import sys, json
        from prometheus_client.openmetrics.parser import text_string_to_metric_families as parse
        out = []
        for f in parse(sys.stdin.read()):
            out.append({"name": f.name, "type": f.type, "unit": f.unit,
                        "samples": [{"name": s.name, "labels": s.labels, "value": s.value} for s in f.samples]})
        print(json.dumps(out))
        """;

    [PeerFact("promtool")]
    public async Task Text_004_output_passes_promtool_check_metrics_without_lint_findings()
    {
        string body = await ScrapeAsync(accept: null);
        body.Should().Contain("nqstream_events_processed_total{operator=\"book\"} 1234\n");

        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("promtool"), ["check", "metrics"], stdin: body);

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Trim().Should().BeEmpty();
    }

    [PeerFact("promtool")]
    public async Task Promtool_check_metrics_fails_on_a_broken_exposition()
    {
        // Guards the validator itself: the same body with one lint problem must not pass.
        string body = await ScrapeAsync(accept: null) + "# TYPE requests counter\nrequests 5\n";
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Require("promtool"), ["check", "metrics"], stdin: body);
        result.ExitCode.Should().NotBe(0);
        result.Output.Should().Contain("requests");
    }

    [PeerFact("prometheus_client")]
    public async Task OpenMetrics_output_is_accepted_by_the_python_openmetrics_parser()
    {
        string body = await ScrapeAsync(OpenMetricsAccept);
        body.Should().EndWith("# EOF\n");

        ProcessResult result = await ProgramRunner.RunAsync(Peers.Python, ["-c", ParseScript], stdin: body);

        result.ExitCode.Should().Be(0, result.Output);
        using JsonDocument doc = JsonDocument.Parse(result.Stdout);
        var families = doc.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        families["nqstream_events_processed"].GetProperty("type").GetString().Should().Be("counter");
        families["nqstream_processing_latency_seconds"].GetProperty("unit").GetString().Should().Be("seconds");
        var buckets = families["nqstream_processing_latency_seconds"].GetProperty("samples").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == "nqstream_processing_latency_seconds_bucket")
            .ToDictionary(s => s.GetProperty("labels").GetProperty("le").GetString()!, s => s.GetProperty("value").GetDouble());
        buckets["0.0005"].Should().Be(1);
        buckets["0.0025"].Should().Be(3);
        buckets["0.05"].Should().Be(4);
        buckets["0.25"].Should().Be(5);
        buckets["+Inf"].Should().Be(5);
        families["nqstream_feed_gaps"].GetProperty("samples").EnumerateArray()
            .Single(s => s.GetProperty("labels").GetProperty("feed").GetString() == EngineFixture.AwkwardFeed)
            .GetProperty("value").GetDouble().Should().Be(7);
    }

    [PeerFact("prometheus_client")]
    public async Task Python_parser_rejects_openmetrics_without_eof()
    {
        string body = (await ScrapeAsync(OpenMetricsAccept)).Replace("# EOF\n", string.Empty, StringComparison.Ordinal);
        ProcessResult result = await ProgramRunner.RunAsync(Peers.Python, ["-c", ParseScript], stdin: body);
        result.ExitCode.Should().NotBe(0);
        result.Stderr.Should().Contain("Missing # EOF");
    }

    private async Task<string> ScrapeAsync(string? accept)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(engine.Host.BaseAddress, "metrics"));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using HttpResponseMessage response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
