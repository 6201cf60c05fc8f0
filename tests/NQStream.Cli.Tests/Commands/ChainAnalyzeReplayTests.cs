using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using NQStream.Cli.Hosting;
using NQStream.Market.Sessions;
using Xunit;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// <c>chain analyze</c> on the chain state at the end of a DBN replay of simulated files, run in-process. Every value
/// is checked against <see cref="ChainDayFacts"/>, read straight from the files, and naive loops over it.
/// </summary>
public sealed class ChainAnalyzeReplayTests(ChainReplaySimFixture sim) : IClassFixture<ChainReplaySimFixture>
{
    private const string Front = "NQZ6";
    private const string Next = "NQH7";
    private static readonly long Noon = CentralTime.ToUnixNs(new DateOnly(2026, 11, 3), new TimeOnly(12, 0));

    private static JsonElement Json(string[] files, params string[] extra)
    {
        var (code, stdout, stderr) = CliRunner.Run(["chain", "analyze", .. files, "--json", .. extra]);
        (code, stderr).Should().Be((0, string.Empty));
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [Fact]
    public void End_of_day_json_has_the_report_keys_and_the_front_future_at_its_last_mid()
    {
        var facts = ChainDayFacts.Load(sim);
        var root = Json(sim.Files);

        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "underlying", "as_of", "positioning", "spikes", "max_pain", "max_pain_by_expiry", "call_wall", "put_wall", "gex");
        var u = root.GetProperty("underlying");
        u.GetProperty("symbol").GetString().Should().Be(Front);
        u.GetProperty("source").GetString().Should().Be("NQZ6 mid");
        u.GetProperty("price").GetDouble().Should().Be(facts.LastValidMid[facts.Futures[Front]]);
        root.GetProperty("as_of").GetInt64().Should().Be(facts.MaxTsEvent);
    }

    [Fact]
    public void Open_interest_per_strike_max_pain_and_walls_match_naive_loops_over_the_files()
    {
        var facts = ChainDayFacts.Load(sim);
        var root = Json(sim.Files);
        double f = root.GetProperty("underlying").GetProperty("price").GetDouble();
        var live = facts.Live(Front, facts.MaxTsEvent);
        live.Should().NotBeEmpty().And.HaveCountLessThan(facts.Options.Values.Count(o => o.Underlying == Front), "the 0DTE weekly expired at 15:00 CT");

        var expected = facts.OiByStrike(live);
        var byStrike = root.GetProperty("gex").GetProperty("by_strike").EnumerateArray()
            .ToDictionary(s => s.GetProperty("strike").GetDouble(), s => (s.GetProperty("oi_call").GetInt64(), s.GetProperty("oi_put").GetInt64()));
        byStrike.Should().Equal(expected);

        var pains = live.GroupBy(o => o.Expiration).OrderBy(g => g.Key).Select(g => (g.Key, Pain: NaiveMaxPain(g.ToList(), facts, f)))
            .Where(x => x.Pain is not null).ToList();
        pains.Should().HaveCountGreaterThan(3);
        var json = root.GetProperty("max_pain_by_expiry").EnumerateArray()
            .Select(m => (m.GetProperty("expiration").GetInt64(), (double?)m.GetProperty("strike").GetDouble(), m.GetProperty("pain_usd").GetDouble())).ToList();
        json.Should().Equal(pains.Select(p => (p.Key, (double?)p.Pain!.Value.Strike, p.Pain.Value.PainUsd)));
        root.GetProperty("max_pain").GetDouble().Should().Be(pains[0].Pain!.Value.Strike);

        Nullable(root.GetProperty("call_wall")).Should().Be(NaiveWall(expected, f, call: true));
        Nullable(root.GetProperty("put_wall")).Should().Be(NaiveWall(expected, f, call: false));
    }

    [Fact]
    public void Positioning_prices_closed_books_at_todays_last_trade_else_the_settlement()
    {
        var facts = ChainDayFacts.Load(sim);
        var root = Json(sim.Files);
        double f = root.GetProperty("underlying").GetProperty("price").GetDouble();
        var (calls, puts, settled) = NaivePositioning(facts, facts.Live(Front, facts.MaxTsEvent), f);
        settled.Should().BePositive("day 2 carries day 1's settlements");

        var p = root.GetProperty("positioning");
        p.GetProperty("call_risk_usd").GetDouble().Should().BeApproximately(calls, 1e-6 * Math.Max(1, calls));
        p.GetProperty("put_risk_usd").GetDouble().Should().BeApproximately(puts, 1e-6 * Math.Max(1, puts));
    }

    [Fact]
    public void Gex_needs_stale_prices_once_the_books_closed_and_then_sums_to_net()
    {
        var strict = Json(sim.Files).GetProperty("gex");
        strict.GetProperty("net").ValueKind.Should().Be(JsonValueKind.Null);

        var gex = Json(sim.Files, "--stale-prices").GetProperty("gex");
        var values = gex.GetProperty("by_strike").EnumerateArray().Where(s => s.GetProperty("gex").ValueKind == JsonValueKind.Number)
            .Select(s => s.GetProperty("gex").GetDouble()).ToList();
        values.Should().HaveCountGreaterThan(50);
        double sum = values.Sum();
        gex.GetProperty("net").GetDouble().Should().BeApproximately(sum, Math.Abs(sum) * 1e-9);
        gex.GetProperty("zero_gamma").ValueKind.Should().BeOneOf(JsonValueKind.Number, JsonValueKind.Null);
    }

    [Fact]
    public void As_of_cuts_the_replay_and_mid_session_books_price_the_gex_without_stale_prices()
    {
        var cut = (ulong)Noon;
        var facts = ChainDayFacts.Load(sim, cut);
        var root = Json(sim.Files, "--as-of", "2026-11-03T18:00:00Z");

        root.GetProperty("as_of").GetInt64().Should().Be(Noon);
        double f = root.GetProperty("underlying").GetProperty("price").GetDouble();
        f.Should().Be(facts.LastValidMid[facts.Futures[Front]]);
        var live = facts.Live(Front, Noon);
        var (calls, puts, _) = NaivePositioning(facts, live, f);
        root.GetProperty("positioning").GetProperty("call_risk_usd").GetDouble().Should().BeApproximately(calls, 1e-6 * Math.Max(1, calls));
        root.GetProperty("positioning").GetProperty("put_risk_usd").GetDouble().Should().BeApproximately(puts, 1e-6 * Math.Max(1, puts));
        root.GetProperty("gex").GetProperty("net").ValueKind.Should().Be(JsonValueKind.Number);
        root.GetProperty("gex").GetProperty("by_strike").EnumerateArray()
            .ToDictionary(s => s.GetProperty("strike").GetDouble(), s => (s.GetProperty("oi_call").GetInt64(), s.GetProperty("oi_put").GetInt64()))
            .Should().Equal(facts.OiByStrike(live));
    }

    [Fact]
    public void Replaying_both_days_counts_only_the_last_days_volume_and_gives_the_same_report()
    {
        var facts = ChainDayFacts.Load(sim);
        Json(sim.BothDays).ToString().Should().Be(Json(sim.Files).ToString());
        Json(sim.BothDays, "--stale-prices").ToString().Should().Be(Json(sim.Files, "--stale-prices").ToString());

        var (code, stdout, _) = CliRunner.Run(["chain", "analyze", .. sim.BothDays]);
        code.Should().Be(CliApp.ExitOk);
        string Score(string future)
        {
            var live = facts.Live(future, facts.MaxTsEvent);
            long oi = live.Sum(o => facts.OpenInterest.GetValueOrDefault(o.Id));
            long volume = live.Sum(o => facts.TradeVolume.GetValueOrDefault(o.Id));
            live.Sum(o => facts.ClearedVolume.GetValueOrDefault(o.Id)).Should().Be(volume, "the day's cleared volume is the sum of its trades");
            return string.Create(CultureInfo.InvariantCulture, $"{future} {oi:N0} OI / {volume:N0} volume");
        }

        stdout.Should().Contain($"note: NQZ6 chosen by option open interest, then volume ({Score(Front)}, {Score(Next)}); --future picks another");
    }

    [Fact]
    public void Future_and_expiry_select_the_chain_and_underlying_overrides_the_price()
    {
        var facts = ChainDayFacts.Load(sim);
        var next = Json(sim.Files, "--future", Next);
        next.GetProperty("underlying").GetProperty("symbol").GetString().Should().Be(Next);
        next.GetProperty("underlying").GetProperty("price").GetDouble().Should().Be(facts.LastValidMid[facts.Futures[Next]]);
        next.GetProperty("gex").GetProperty("by_strike").EnumerateArray().Select(s => s.GetProperty("strike").GetDouble())
            .Should().Equal(facts.OiByStrike(facts.Live(Next, facts.MaxTsEvent)).Keys);

        var quarterly = Json(sim.Files, "--expiry", "2026-12-18");
        var expiration = CentralTime.ToUnixNs(new DateOnly(2026, 12, 18), new TimeOnly(8, 30));
        quarterly.GetProperty("max_pain_by_expiry").EnumerateArray().Select(m => m.GetProperty("expiration").GetInt64()).Should().Equal(expiration);
        var quarterlyOptions = facts.Live(Front, facts.MaxTsEvent).Where(o => o.Expiration == expiration).ToList();
        quarterlyOptions.Should().NotBeEmpty();
        quarterly.GetProperty("gex").GetProperty("by_strike").EnumerateArray()
            .ToDictionary(s => s.GetProperty("strike").GetDouble(), s => (s.GetProperty("oi_call").GetInt64(), s.GetProperty("oi_put").GetInt64()))
            .Should().Equal(facts.OiByStrike(quarterlyOptions));

        var fixedPrice = Json(sim.Files, "--underlying", "21500");
        fixedPrice.GetProperty("underlying").GetProperty("price").GetDouble().Should().Be(21_500);
        fixedPrice.GetProperty("underlying").GetProperty("source").GetString().Should().Be("--underlying");
        var oi = facts.OiByStrike(facts.Live(Front, facts.MaxTsEvent));
        Nullable(fixedPrice.GetProperty("call_wall")).Should().Be(NaiveWall(oi, 21_500, call: true));
        Nullable(fixedPrice.GetProperty("put_wall")).Should().Be(NaiveWall(oi, 21_500, call: false));
    }

    [Fact]
    public void Gex_expiry_filter_nearest_keeps_only_the_nearest_live_expiry()
    {
        var facts = ChainDayFacts.Load(sim);
        var config = Path.Combine(sim.Dir, "nearest.yaml");
        File.WriteAllText(config, "sources:\n  databento:\n    api_key: k\noperators:\n  gex:\n    expiry_filter: nearest\n");
        var live = facts.Live(Front, facts.MaxTsEvent);
        long nearest = live.Min(o => o.Expiration);

        var root = Json(sim.Files, "--config", config);

        root.GetProperty("max_pain_by_expiry").EnumerateArray().Select(m => m.GetProperty("expiration").GetInt64()).Should().Equal(nearest);
        root.GetProperty("gex").GetProperty("by_strike").EnumerateArray()
            .ToDictionary(s => s.GetProperty("strike").GetDouble(), s => (s.GetProperty("oi_call").GetInt64(), s.GetProperty("oi_put").GetInt64()))
            .Should().Equal(facts.OiByStrike(live.Where(o => o.Expiration == nearest)));
        CliRunner.Run(["chain", "analyze", .. sim.Files, "--config", config]).Out
            .Should().Contain("note: gex.expiry_filter nearest: only the expiry 2026-11-04 15:00 CT");
    }

    [Fact]
    public void Human_output_names_the_future_the_as_of_time_and_the_replay()
    {
        var (code, stdout, stderr) = CliRunner.Run(["chain", "analyze", .. sim.Files]);

        (code, stderr).Should().Be((0, string.Empty));
        stdout.Should().StartWith($"NQZ6 options replayed from {sim.Definitions}, {sim.Statistics}, {sim.Mbo}: ")
            .And.Contain("underlying NQZ6 ").And.Contain("(NQZ6 mid)")
            .And.Contain("as of 2026-11-03 16:15:")
            .And.Contain("Positioning risk").And.Contain("max pain").And.Contain("expiry 2026-12-18 08:30 CT")
            .And.Contain("options of NQZ6 expired by then and are left out")
            .And.Contain("note: no implied volatility");
    }

    [Fact]
    public void Inputs_without_definitions_are_a_one_line_error()
    {
        var (code, stdout, stderr) = CliRunner.Run("chain", "analyze", sim.Statistics, sim.Mbo);

        (code, stdout).Should().Be((CliApp.ExitBadInput, string.Empty));
        stderr.Trim().Should().Be($"nqstream: {sim.Statistics}, {sim.Mbo}: no option definitions (0 definition records): give the definition file with the statistics and MBO files");
    }

    [Fact]
    public void Unknown_future_and_expiry_are_one_line_errors_listing_what_exists()
    {
        var (code, _, stderr) = CliRunner.Run(["chain", "analyze", .. sim.Files, "--future", "NQM7"]);
        code.Should().Be(CliApp.ExitBadInput);
        stderr.Trim().Should().Be("nqstream: --future NQM7: no options on that future (futures with options: NQZ6, NQH7)");

        (code, _, stderr) = CliRunner.Run(["chain", "analyze", .. sim.Files, "--expiry", "2026-11-03"]);
        code.Should().Be(CliApp.ExitBadInput);
        stderr.Trim().Should().StartWith("nqstream: --expiry 2026-11-03: no live expiry matches at 2026-11-03 16:15:")
            .And.Contain("(live expiries: 2026-11-04 15:00 CT, ").And.Contain("2026-12-18 08:30 CT").And.NotContain("\n");

        (code, _, stderr) = CliRunner.Run(["chain", "analyze", .. sim.Files, "--expiry", "soon"]);
        (code, stderr.Trim()).Should().Be((CliApp.ExitBadInput,
            "nqstream: --expiry must be a Central Time date YYYY-MM-DD or an ISO 8601 instant such as 2025-06-20T13:30:00Z (got 'soon')"));
    }

    [Fact]
    public void Mixed_unknown_and_corrupt_inputs_are_one_line_errors()
    {
        var dir = Directory.CreateTempSubdirectory("nqchain-bad-").FullName;
        try
        {
            var text = Path.Combine(dir, "notes.txt");
            File.WriteAllText(text, "not market data");
            var json = Path.Combine(dir, "chain.json");
            File.WriteAllText(json, "{}");
            var broken = Path.Combine(dir, "broken.dbn");
            File.WriteAllBytes(broken, [(byte)'D', (byte)'B', (byte)'N', 9, 0, 0, 0, 0]);

            Error(text, sim.Mbo).Should().Be($"nqstream: {text}: neither DBN (no 'DBN' header or zstd frame) nor a Barchart snapshot (.json or .csv)");
            Error(json, sim.Definitions).Should().Be($"nqstream: {json}: a Barchart snapshot is analysed on its own; the other inputs must be DBN files");
            Error(json, "--future", Front).Should().Be($"nqstream: --future {Front} applies to DBN input; a Barchart snapshot holds one series (use --underlying for its price)");
            Error(Path.Combine(dir, "missing.dbn.zst")).Should().Be($"nqstream: {Path.Combine(dir, "missing.dbn.zst")}: file not found");
            Error(sim.Definitions, broken).Should().StartWith($"nqstream: {broken}: offset ").And.NotContain("\n");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        static string Error(params string[] args)
        {
            var (code, stdout, stderr) = CliRunner.Run(["chain", "analyze", .. args]);
            (code, stdout).Should().Be((CliApp.ExitBadInput, string.Empty));
            return stderr.Trim();
        }
    }

    private static double? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

    // §7.3: argmin over the listed strikes of Σ payout; ties → nearest F. Strikes are whole points, so longs are exact.
    private static (double Strike, double PainUsd)? NaiveMaxPain(List<ChainDayFacts.Option> options, ChainDayFacts facts, double f)
    {
        if (options.Sum(o => facts.OpenInterest.GetValueOrDefault(o.Id)) == 0)
        {
            return null;
        }

        (long Strike, long Pain)? best = null;
        foreach (var x in options.Select(o => (long)o.Strike).Distinct().Order())
        {
            long pain = 0;
            foreach (var o in options)
            {
                long k = (long)o.Strike, oi = facts.OpenInterest.GetValueOrDefault(o.Id);
                pain += o.Type == 'C' ? oi * Math.Max(x - k, 0) : oi * Math.Max(k - x, 0);
            }

            if (best is null || pain < best.Value.Pain || (pain == best.Value.Pain && Math.Abs(x - f) < Math.Abs(best.Value.Strike - f)))
            {
                best = (x, pain);
            }
        }

        return (best!.Value.Strike, best.Value.Pain * 20.0);
    }

    // §7.3: call wall = argmax call OI over K ≥ F, put wall = argmax put OI over K ≤ F; ties → nearest F.
    private static double? NaiveWall(SortedDictionary<double, (long Call, long Put)> oi, double f, bool call)
    {
        double? best = null;
        long bestOi = 0;
        foreach (var (k, (c, p)) in oi)
        {
            long v = call ? c : p;
            if ((call ? k < f : k > f) || v <= 0)
            {
                continue;
            }

            if (best is null || v > bestOi || (v == bestOi && Math.Abs(k - f) < Math.Abs(best.Value - f)))
            {
                (best, bestOi) = (k, v);
            }
        }

        return best;
    }

    // §10 positioning: OTM options with OI, priced at the mid of a two-sided top, else today's last trade, else the settlement.
    private static (double Calls, double Puts, int Settled) NaivePositioning(ChainDayFacts facts, List<ChainDayFacts.Option> live, double f)
    {
        double calls = 0, puts = 0;
        int settled = 0;
        foreach (var o in live)
        {
            long oi = facts.OpenInterest.GetValueOrDefault(o.Id);
            bool otm = o.Type == 'C' ? o.Strike > f : o.Strike < f;
            if (!otm || oi <= 0)
            {
                continue;
            }

            double? price = null;
            if (facts.FinalTop.TryGetValue(o.Id, out var top) && top.HasBid && top.HasAsk && top.BidPx > 0 && top.AskPx >= top.BidPx)
            {
                price = 0.5 * ((top.BidPx / 1e9) + (top.AskPx / 1e9));
            }
            else if (facts.LastTradeRaw.TryGetValue(o.Id, out var trade))
            {
                price = trade / 1e9;
            }
            else if (facts.SettlementRaw.TryGetValue(o.Id, out var settle))
            {
                price = settle / 1e9;
                settled++;
            }

            if (price is double px && px > 0)
            {
                if (o.Type == 'C')
                {
                    calls += oi * px * 20;
                }
                else
                {
                    puts += oi * px * 20;
                }
            }
        }

        return (calls, puts, settled);
    }
}
