using System.Globalization;
using System.Text;
using FluentAssertions;
using NQStream.Sinks.Metrics;
using Xunit;

namespace NQStream.Sinks.Tests.Metrics;

public class ExpositionTextTests
{
    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(-0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1027, "1027")]
    [InlineData(1e100, "1E+100")]
    [InlineData(1e-6, "1E-06")]
    [InlineData(0.248125, "0.248125")]
    public void FormatDouble_writes_go_float_syntax(double value, string expected) =>
        ExpositionText.FormatDouble(value).Should().Be(expected);

    [Fact]
    public void FormatDouble_ignores_the_current_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            // The build uses invariant globalization, so build a German-style culture by hand.
            var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            german.NumberFormat.NumberDecimalSeparator = ",";
            german.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = german;
            1.5.ToString(CultureInfo.CurrentCulture).Should().Be("1,5");
            ExpositionText.FormatDouble(1.5).Should().Be("1.5");
            ExpositionText.FormatBound(2.5).Should().Be("2.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(1, "1.0")]
    [InlineData(0.005, "0.005")]
    [InlineData(2.5, "2.5")]
    [InlineData(10000, "10000.0")]
    [InlineData(1e-5, "1E-05")]
    public void FormatBound_writes_canonical_le(double bound, string expected) =>
        ExpositionText.FormatBound(bound).Should().Be(expected);

    [Fact]
    public void Label_values_escape_backslash_quote_and_newline()
    {
        var builder = new StringBuilder();
        ExpositionText.AppendLabelValue(builder, "C:\\DIR\\F.TXT say \"hi\"\nbye");
        builder.ToString().Should().Be("C:\\\\DIR\\\\F.TXT say \\\"hi\\\"\\nbye");
    }

    [Fact]
    public void Help_escapes_quotes_only_in_openmetrics()
    {
        var text = new StringBuilder();
        var om = new StringBuilder();
        ExpositionText.AppendHelp(text, "a \"b\" \\ c\nd", openMetrics: false);
        ExpositionText.AppendHelp(om, "a \"b\" \\ c\nd", openMetrics: true);
        text.ToString().Should().Be("a \"b\" \\\\ c\\nd");
        om.ToString().Should().Be("a \\\"b\\\" \\\\ c\\nd");
    }

    [Theory]
    [InlineData("nqstream.events.processed", null, MetricKind.Counter, "nqstream_events_processed_total")]
    [InlineData("nqstream_events_processed_total", null, MetricKind.Counter, "nqstream_events_processed_total")]
    [InlineData("op.busy", "s", MetricKind.Counter, "op_busy_seconds_total")]
    [InlineData("heap", "By", MetricKind.Gauge, "heap_bytes")]
    [InlineData("latency_seconds", "s", MetricKind.Histogram, "latency_seconds")]
    [InlineData("9lives-x", null, MetricKind.Gauge, "_9lives_x")]
    public void Instrument_names_map_to_prometheus_names(string instrument, string? unit, MetricKind kind, string expected) =>
        PrometheusNaming.SampleName(instrument, unit, kind).Should().Be(expected);

    [Theory]
    [InlineData("a.b-c", "a_b_c")]
    [InlineData("__reserved", "_reserved")]
    [InlineData("le", "le")]
    public void Label_names_are_sanitized(string key, string expected) =>
        PrometheusNaming.LabelName(key).Should().Be(expected);
}
