using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using NQStream.Cli.Hosting;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

public class MetricsCommandTests
{
    [Fact]
    public async Task Serve_exposes_metrics_health_and_readiness_until_the_time_is_up()
    {
        var stdout = new StringWriter();
        var output = TextWriter.Synchronized(stdout);
        using var stderr = new StringWriter();
        Task<int> run = Task.Run(() => CliApp.Run(["metrics", "serve", "--metrics-port", "0", "--for", "4"], output, stderr));

        string? url = null;
        for (int i = 0; i < 100 && url is null; i++)
        {
            Match m = Regex.Match(stdout.ToString(), @"serving (http://127\.0\.0\.1:\d+/)metrics");
            url = m.Success ? m.Groups[1].Value : null;
            if (url is null)
            {
                await Task.Delay(50);
            }
        }

        url.Should().NotBeNull("the command prints the address it serves; stderr: " + stderr);
        using var http = new HttpClient();
        string metrics = await http.GetStringAsync(new Uri(url + "metrics"));
        metrics.Should().Contain("# TYPE process_cpu_seconds_total counter\n").And.Contain("nqstream_host_cpus ");
        (await http.GetAsync(new Uri(url + "readyz"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync(new Uri(url + "healthz"))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await run).Should().Be(CliApp.ExitOk, stderr.ToString());
    }

    [Theory]
    [InlineData("--metrics-port", "70000", "nqstream: --metrics-port 70000: expected 0..65535")]
    [InlineData("--metrics-host", "nowhere", "nqstream: metrics host 'nowhere' is not an IP address, 'localhost' or '0.0.0.0'")]
    [InlineData("--for", "-1", "nqstream: --for -1: expected a positive number of seconds")]
    public void Bad_options_are_one_line_errors_with_exit_2(string option, string value, string message)
    {
        string[] args = option == "--metrics-port"
            ? ["metrics", "serve", option, value]
            : ["metrics", "serve", "--metrics-port", "0", option, value];
        (int code, string _, string err) = CliRunner.Run(args);
        code.Should().Be(CliApp.ExitBadInput);
        err.Trim().Should().Be(message);
    }
}
