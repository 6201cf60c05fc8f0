using System.Text.Json;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using NQStream.Cli.Commands;
using NQStream.Cli.Hosting;
using NQStream.Operators.Evaluation;
using NQStream.Sinks.Store;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary><c>nqstream evaluate</c> on the hand-built store of <see cref="EvaluateFixture"/> (read its table first).</summary>
public sealed class EvaluateCommandTests : IAsyncLifetime
{
    // Wilson 95 % lower bounds, L = [p̂ + z²/2n − z·√(p̂(1−p̂)/n + z²/4n²)] / (1 + z²/n), z = 1.959964 (z² = 3.841459):
    private const double Lb2Of4 = 0.15003898915214947;   // p̂ = .5, n = 4: (0.980182 − 0.686053) / 1.960365
    private const double Lb2Of3 = 0.20765960080204768;   // p̂ = 2/3, n = 3
    private const double Lb2Of2 = 0.3423802275066531;    // k = n: n / (n + z²) = 2 / 5.841459

    private readonly string _dir = RepoPaths.NewTempDir("cli-evaluate");

    private string Db => Path.Combine(_dir, "s.db");

    private string Labels => Path.Combine(_dir, "labels.jsonl");

    public async Task InitializeAsync()
    {
        await EvaluateFixture.WriteStoreAsync(Db);
        EvaluateFixture.WriteLabels(Labels);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
        return Task.CompletedTask;
    }

    private JsonElement Json(params string[] extra)
    {
        var (code, stdout, stderr) = CliRunner.Run(["evaluate", "--labels", Labels, "--store", Db, "--json", .. extra]);
        code.Should().Be(CliApp.ExitOk, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [Fact]
    public void Matching_counts_per_kind_pooled_and_market_making_false_positives()
    {
        var j = Json();

        // Labels in range: L1 L2 (sweep), L3 (block), L4 (iceberg), L5 (emergency), L6 L9 (volume_shock) = 7; L7, L8 outside.
        // Matched signals: s01 s02 | s04 s05 | s06 | s08 s11 = 7 of 13; detected labels: L1 L3 L4 L5 = 4 of 7.
        j.GetProperty("precision").GetDouble().Should().Be(7.0 / 13);
        j.GetProperty("recall").GetDouble().Should().Be(4.0 / 7);
        Kind(j, "volume_shock").Should().Equal(1, 0, 2, 0);   // s09 misses L6 (4000 + 300 < 4500); L9 undetected
        Kind(j, "sweep").Should().Equal(5, 2, 2, 1);          // s01, s02 (edge) match L1; s03, s10, s12 match nothing
        Kind(j, "block").Should().Equal(3, 2, 1, 1);          // s04, s05 at both edges of L3's span; s13 nothing
        Kind(j, "iceberg").Should().Equal(2, 1, 1, 1);        // s07 is 1 s past L4's span + window
        Kind(j, "emergency").Should().Equal(2, 2, 1, 1);
        j.GetProperty("by_kind").GetProperty("sweep").GetProperty("precision").GetDouble().Should().Be(0.4);
        j.GetProperty("by_kind").GetProperty("block").GetProperty("recall").GetDouble().Should().Be(1);
        j.GetProperty("by_kind").GetProperty("volume_shock").GetProperty("precision").GetDouble().Should().Be(0);

        // sweep + block + iceberg: 10 signals, 3 + 1 + 1 unmatched.
        j.GetProperty("mm_false_positive_rate").GetDouble().Should().Be(0.5);
        j.GetProperty("n_signals").GetInt32().Should().Be(13);
        j.GetProperty("n_labels").GetInt32().Should().Be(7);
        j.GetProperty("range_start").GetInt64().Should().Be(EvaluateFixture.B);
        j.GetProperty("range_end").GetInt64().Should().Be(EvaluateFixture.B + (5000 * EvaluateFixture.S));
        j.GetProperty("window").GetString().Should().Be("5min");
    }

    [Fact]
    public void Hit_rate_over_the_scored_set_with_wilson_bounds()
    {
        var j = Json();

        // Scored: s01 HIT, s04 MISS, s06 HIT, s08 TIMEOUT (policy miss), s09 UNRESOLVED (excluded), s13 no outcome (excluded).
        // Not scored: s02/s05/s07 below HIGH, s03 second HIGH+ of (101, bucket 0), s10 neutral, s11 SUSPECT,
        // s12 inside the open (NQZ5, bullish) cluster of s09.
        j.GetProperty("n_scored").GetInt32().Should().Be(6);
        j.GetProperty("n_unresolved").GetInt32().Should().Be(1);
        j.GetProperty("n_no_outcome").GetInt32().Should().Be(1);
        j.GetProperty("hit_rate").GetDouble().Should().Be(0.5);
        j.GetProperty("hit_rate_wilson_lb").GetDouble().Should().BeApproximately(Lb2Of4, 1e-12);
        j.GetProperty("hit_rate_pass").GetBoolean().Should().BeFalse("n = 4 < min_n = 50 and L < 0.75");

        // Informed: s01 (L1), s06 (L4), s08 (L5); s04 matched L3, which is not informed.
        j.GetProperty("hit_rate_informed").GetDouble().Should().Be(2.0 / 3);
        j.GetProperty("hit_rate_informed_wilson_lb").GetDouble().Should().BeApproximately(Lb2Of3, 1e-12);

        var p = j.GetProperty("by_priority");
        p.EnumerateObject().Select(e => e.Name).Should().Equal("IMMEDIATE", "HIGH");
        Near(Group(p.GetProperty("IMMEDIATE")), 2, 0, 1, 0, 0);
        Near(Group(p.GetProperty("HIGH")), 2, 2, 0, 1, Lb2Of2);
        p.GetProperty("HIGH").GetProperty("pass").GetBoolean().Should().BeFalse();

        var c = j.GetProperty("by_class");
        c.EnumerateObject().Select(e => e.Name).Should().Equal("EXTREME", "VERY_HIGH", "HIGH");
        Near(Group(c.GetProperty("EXTREME")), 1, 0, 1, 0, 0);
        Near(Group(c.GetProperty("VERY_HIGH")), 1, 0, 0, 0, 0);
        Near(Group(c.GetProperty("HIGH")), 2, 2, 0, 1, Lb2Of2);

        j.GetProperty("calibration").EnumerateArray()
            .Select(e => $"{e.GetProperty("priority").GetString()}/{e.GetProperty("kind").GetString()}:{e.GetProperty("n").GetInt32()}/{e.GetProperty("hits").GetInt32()}")
            .Should().Equal("IMMEDIATE/block:1/0", "IMMEDIATE/emergency:1/0", "HIGH/sweep:1/1", "HIGH/iceberg:1/1");
    }

    [Fact]
    public void Json_has_exactly_the_documented_keys_in_order()
    {
        Json().EnumerateObject().Select(e => e.Name).Should().Equal(
            "precision", "recall", "by_kind", "mm_false_positive_rate", "hit_rate", "hit_rate_wilson_lb", "hit_rate_pass",
            "hit_rate_informed", "hit_rate_informed_wilson_lb", "hits", "n_hit_rate", "hits_informed", "n_hit_rate_informed",
            "n_signals", "n_scored", "n_unresolved", "by_priority", "by_class",
            "calibration", "n_no_outcome", "n_labels", "range_start", "range_end", "window");
    }

    [Fact]
    public void A_narrower_window_drops_the_edge_matches()
    {
        var j = Json("--window", "60s");

        // ±60 s: s02 (300 s after L1), s04 (300 s after L3's end) and s05 (300 s before its start) no longer match.
        Kind(j, "sweep").Should().Equal(5, 1, 2, 1);
        Kind(j, "block").Should().Equal(3, 0, 1, 0);
        j.GetProperty("precision").GetDouble().Should().Be(4.0 / 13);
        j.GetProperty("recall").GetDouble().Should().Be(3.0 / 7);
        j.GetProperty("mm_false_positive_rate").GetDouble().Should().Be(0.8);
    }

    [Fact]
    public void Timeout_policy_exclude_from_config_leaves_timeouts_out()
    {
        var config = Path.Combine(_dir, "c.yaml");
        File.WriteAllText(config, "sources:\n  databento:\n    api_key: k\noperators:\n  accuracy:\n    timeout_policy: exclude\n    min_n: 3\n");
        var j = Json("--config", config);

        // s08's TIMEOUT leaves n: HIT, MISS, HIT → 2 of 3; min_n 3 reached but L < 0.75.
        j.GetProperty("hit_rate").GetDouble().Should().Be(2.0 / 3);
        j.GetProperty("hit_rate_wilson_lb").GetDouble().Should().BeApproximately(Lb2Of3, 1e-12);
        j.GetProperty("by_priority").GetProperty("IMMEDIATE").GetProperty("timeouts").GetInt32().Should().Be(1);
        j.GetProperty("by_priority").GetProperty("IMMEDIATE").GetProperty("n").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_empty_store_reports_nulls()
    {
        var empty = Path.Combine(_dir, "empty.db");
        await SqliteStore.Open(empty).DisposeAsync();
        var (code, stdout, stderr) = CliRunner.Run("evaluate", "--labels", Labels, "--store", empty, "--json");
        code.Should().Be(CliApp.ExitOk, stderr);
        var j = JsonDocument.Parse(stdout).RootElement;
        foreach (var key in new[] { "precision", "recall", "mm_false_positive_rate", "hit_rate", "hit_rate_wilson_lb", "hit_rate_informed", "range_start" })
        {
            j.GetProperty(key).ValueKind.Should().Be(JsonValueKind.Null, key);
        }

        j.GetProperty("n_labels").GetInt32().Should().Be(0, "no label lies inside an empty range");
        j.GetProperty("hit_rate_pass").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Human_output_has_tables_and_the_precision_recall_chart()
    {
        var (code, stdout, _) = CliRunner.Run("evaluate", "--labels", Labels, "--store", Db);
        code.Should().Be(CliApp.ExitOk);
        stdout.Should().Contain("covered range 2025-11-21T14:00:00.000000000Z .. 2025-11-21T15:23:20.000000000Z; match window ±5min")
            .And.Contain("7 of 9 labels inside the range; 13 signals")
            .And.Contain("Signals vs labels").And.Contain("53.8 %").And.Contain("57.1 %")
            .And.Contain("market-making false-positive rate 50.0 %: 5 of 10 sweep/block/iceberg signals match no label")
            .And.Contain("Precision and recall per kind (%)").And.Contain("sweep precision").And.Contain("iceberg recall")
            .And.Contain("Directional hit rate").And.Contain("informed flow").And.Contain("66.7 %")
            .And.Contain("6 scored; 1 unresolved (data ended first) and 1 without an outcome row are not in n")
            .And.Contain("Calibration by priority and kind");
    }

    [Fact]
    public void Outcome_rows_come_from_bracket_outcomes()
    {
        var row = SignalOutcomeRows.From(new BracketOutcome("id", 7, 10, 20, BracketResolution.Timeout, -1, 21000, 20995.5, 4.5, 6), "NQZ5");
        row.Should().BeEquivalentTo(new
        {
            Ts = 20L, SignalId = "id", Underlying = "NQZ5", Outcome = "TIMEOUT", SignalTs = 10L, UnderlyingId = 7L, Direction = -1L,
            F0 = 21000.0, Mid = 20995.5, MaxFavourable = 4.5, MaxAdverse = 6.0,
        });
    }

    private static int[] Kind(JsonElement j, string kind)
    {
        var k = j.GetProperty("by_kind").GetProperty(kind);
        return [k.GetProperty("signals").GetInt32(), k.GetProperty("matched").GetInt32(), k.GetProperty("labels").GetInt32(), k.GetProperty("detected").GetInt32()];
    }

    // n, hits, timeouts, rate, wilson_lb (the bound to 1e-12: z comes from the normal quantile, not the 7-digit constant).
    private static void Near(double[] actual, params double[] expected)
    {
        actual.Should().HaveCount(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            actual[i].Should().BeApproximately(expected[i], 1e-12, "field {0}", i);
        }
    }

    private static double[] Group(JsonElement g) =>
        [g.GetProperty("n").GetInt32(), g.GetProperty("hits").GetInt32(), g.GetProperty("timeouts").GetInt32(), g.GetProperty("rate").GetDouble(), g.GetProperty("wilson_lb").GetDouble()];
}
