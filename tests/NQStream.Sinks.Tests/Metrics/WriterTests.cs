using FluentAssertions;
using NQStream.Sinks.Metrics;
using Xunit;

namespace NQStream.Sinks.Tests.Metrics;

public class WriterTests
{
    private static readonly IReadOnlyList<MetricFamily> Families =
    [
        new("engine_events_processed_total", MetricKind.Counter, "Events processed.",
            [],
            [
                SeriesSnapshot.Scalar(3, L("pipeline", "orders"), L("status", "error")),
                SeriesSnapshot.Scalar(1027, L("pipeline", "orders"), L("status", "ok")),
            ]),
        new("engine_path_info", MetricKind.Gauge, "Path with escapes: back\\slash and\nnewline.",
            [],
            [SeriesSnapshot.Scalar(1, L("path", "C:\\DIR\\F.TXT"), L("msg", "say \"hi\"\nbye"))]),
        new("engine_request_duration_seconds", MetricKind.Histogram, "Request latency.",
            [0.005, 0.05, 0.1],
            [SeriesSnapshot.Histogram([10, 80, 9, 1], 2.5, L("route", "/ingest"))]),
        new("engine_lag_seconds", MetricKind.Gauge, "Lag.", [], [SeriesSnapshot.Scalar(double.PositiveInfinity)]),
    ];

    private static KeyValuePair<string, string> L(string name, string value) => new(name, value);

    [Fact]
    public void Text_004_is_exact()
    {
        PrometheusTextWriter.Write(Families).Should().Be(
            """
            # HELP engine_events_processed_total Events processed.
            # TYPE engine_events_processed_total counter
            engine_events_processed_total{pipeline="orders",status="error"} 3
            engine_events_processed_total{pipeline="orders",status="ok"} 1027
            # HELP engine_path_info Path with escapes: back\\slash and\nnewline.
            # TYPE engine_path_info gauge
            engine_path_info{path="C:\\DIR\\F.TXT",msg="say \"hi\"\nbye"} 1
            # HELP engine_request_duration_seconds Request latency.
            # TYPE engine_request_duration_seconds histogram
            engine_request_duration_seconds_bucket{route="/ingest",le="0.005"} 10
            engine_request_duration_seconds_bucket{route="/ingest",le="0.05"} 90
            engine_request_duration_seconds_bucket{route="/ingest",le="0.1"} 99
            engine_request_duration_seconds_bucket{route="/ingest",le="+Inf"} 100
            engine_request_duration_seconds_sum{route="/ingest"} 2.5
            engine_request_duration_seconds_count{route="/ingest"} 100
            # HELP engine_lag_seconds Lag.
            # TYPE engine_lag_seconds gauge
            engine_lag_seconds +Inf

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void OpenMetrics_is_exact_and_ends_with_eof()
    {
        OpenMetricsTextWriter.Write(Families).Should().Be(
            """
            # TYPE engine_events_processed counter
            # HELP engine_events_processed Events processed.
            engine_events_processed_total{pipeline="orders",status="error"} 3
            engine_events_processed_total{pipeline="orders",status="ok"} 1027
            # TYPE engine_path_info gauge
            # HELP engine_path_info Path with escapes: back\\slash and\nnewline.
            engine_path_info{path="C:\\DIR\\F.TXT",msg="say \"hi\"\nbye"} 1
            # TYPE engine_request_duration_seconds histogram
            # UNIT engine_request_duration_seconds seconds
            # HELP engine_request_duration_seconds Request latency.
            engine_request_duration_seconds_bucket{route="/ingest",le="0.005"} 10
            engine_request_duration_seconds_bucket{route="/ingest",le="0.05"} 90
            engine_request_duration_seconds_bucket{route="/ingest",le="0.1"} 99
            engine_request_duration_seconds_bucket{route="/ingest",le="+Inf"} 100
            engine_request_duration_seconds_sum{route="/ingest"} 2.5
            engine_request_duration_seconds_count{route="/ingest"} 100
            # TYPE engine_lag_seconds gauge
            # UNIT engine_lag_seconds seconds
            # HELP engine_lag_seconds Lag.
            engine_lag_seconds +Inf
            # EOF

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Empty_snapshot_is_empty_text_and_a_lone_eof()
    {
        PrometheusTextWriter.Write([]).Should().BeEmpty();
        OpenMetricsTextWriter.Write([]).Should().Be("# EOF\n");
    }

    [Fact]
    public void Unlabelled_histogram_puts_le_alone()
    {
        var family = new MetricFamily("h", MetricKind.Histogram, "h", [1], [SeriesSnapshot.Histogram([2, 3], 7)]);
        PrometheusTextWriter.Write([family]).Should().Contain("h_bucket{le=\"1.0\"} 2\nh_bucket{le=\"+Inf\"} 5\nh_sum 7\nh_count 5\n");
    }

    [Theory]
    [InlineData("application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1", ExpositionFormat.OpenMetrics)]
    [InlineData("application/openmetrics-text; version=1.0.0", ExpositionFormat.OpenMetrics)]
    [InlineData("text/plain;version=0.0.4", ExpositionFormat.Text004)]
    [InlineData("*/*", ExpositionFormat.Text004)]
    [InlineData("", ExpositionFormat.Text004)]
    [InlineData(null, ExpositionFormat.Text004)]
    [InlineData("application/openmetrics-text;q=0, text/plain", ExpositionFormat.Text004)]
    public void Negotiation_follows_the_accept_header(string? accept, ExpositionFormat expected) =>
        Exposition.Negotiate(accept).Should().Be(expected);

    [Fact]
    public void Content_types_match_the_format()
    {
        Exposition.ContentType(ExpositionFormat.Text004).Should().Be("text/plain; version=0.0.4; charset=utf-8");
        Exposition.ContentType(ExpositionFormat.OpenMetrics).Should().Be("application/openmetrics-text; version=1.0.0; charset=utf-8");
    }
}
