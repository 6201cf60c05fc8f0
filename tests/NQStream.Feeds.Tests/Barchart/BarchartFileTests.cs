using FluentAssertions;
using NQStream.Feeds.Barchart;
using NQStream.Market.Chain;
using NQStream.Market.Pricing;
using NQStream.TestSupport;
using Xunit;

namespace NQStream.Feeds.Tests.Barchart;

/// <summary>The four Barchart samples of data/barchart and the checks its README says hold on all of them.</summary>
public sealed class BarchartFileTests
{
    public static TheoryData<string, int, double?> Files => new()
    {
        { "options_data_20250602_141553.json", 288, NqContract.Multiplier },
        { "barchart_api_MC4M25_155746.json", 89, NqContract.Multiplier },
        { "nqu22-options-american-options-exp-09_16_22-show-all-side-by-side-intraday-07-15-2022.csv", 201, NqContract.Multiplier },
        { "spy-options-exp-2022-07-15-monthly-show-all-side-by-side-07-05-2022.csv", 250, null },
    };

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void Row_counts_and_the_readme_checks_hold(string file, int perSide, double? multiplier)
    {
        var chain = BarchartChainReader.Read(SharedData.DataPath("barchart", file));

        chain.CallCount.Should().Be(perSide);
        chain.PutCount.Should().Be(perSide);
        chain.Quotes.Should().HaveCount(2 * perSide);
        // Call and put strike sets are equal: every row pairs a call with a put.
        chain.Rows.Should().HaveCount(perSide).And.OnlyContain(r => r.Call != null && r.Put != null);
        chain.Quotes.Should().OnlyContain(q => q.Bid == null || q.Ask == null || q.Bid <= q.Ask, "no bid is above its ask");
        if (multiplier is double m)
        {
            var priced = chain.Quotes.Where(q => q.Premium is not null && q.Last is not null).ToList();
            priced.Should().NotBeEmpty();
            priced.Should().OnlyContain(q => Math.Abs(q.Premium!.Value - (q.Last!.Value * m)) < 0.011, "premium = last × 20");
        }
    }

    [SharedDataFact]
    public void June_2_json_has_the_documented_shape()
    {
        var chain = BarchartJsonReader.Read(SharedData.DataPath("barchart", "options_data_20250602_141553.json"));

        chain.Rows[0].Strike.Should().Be(14_000);
        chain.Rows[^1].Strike.Should().Be(24_500);
        chain.Quotes.Should().OnlyContain(q => q.Bid == null, "bids are N/A on every row (delayed feed)");
        chain.Quotes.Count(q => q.LastIsSettlement).Should().Be(575);
        chain.UnderlyingPrice.Should().BeNull("the response carries no underlying price");
        // Snapshot time = the latest tradeTime: 1748898060 s (2025-06-02 21:01 UTC).
        chain.AsOfNs.Should().Be(1_748_898_060L * 1_000_000_000);
        var c21450 = chain.Rows.Single(r => r.Strike == 21_450).Call!.Value;
        (c21450.Volume, c21450.OpenInterest, c21450.Last, c21450.LastIsSettlement, c21450.Symbol).Should().Be((1_349L, 64L, 84.38, true, "MC6M5|21450C"));
        var c14000 = chain.Rows[0].Call!.Value;
        (c14000.Volume, c14000.OpenInterest).Should().Be((null, null), "N/A volume and OI are null, not zero");
    }

    [SharedDataFact]
    public void Sparse_daily_series_keeps_null_open_interest_apart_from_zero()
    {
        var chain = BarchartJsonReader.Read(SharedData.DataPath("barchart", "barchart_api_MC4M25_155746.json"));

        chain.Quotes.Count(q => q.OpenInterest is not null).Should().Be(10);
        var c22900 = chain.Rows.Single(r => r.Strike == 22_900).Call!.Value;
        (c22900.Bid, c22900.Ask, c22900.Volume, c22900.OpenInterest).Should().Be((24.50, 26.50, 12L, null));
    }

    [SharedDataFact]
    public void Nq_csv_maps_columns_by_name_and_reads_the_footer_time()
    {
        var chain = BarchartCsvReader.Read(SharedData.DataPath("barchart", "nqu22-options-american-options-exp-09_16_22-show-all-side-by-side-intraday-07-15-2022.csv"));

        var first = chain.Rows[0];
        first.Strike.Should().Be(5_500);
        (first.Call!.Value.Last, first.Call.Value.LastIsSettlement, first.Call.Value.Volume, first.Call.Value.Premium).Should().Be((6_297.50, true, null, 125_950.00));
        (first.Put!.Value.Last, first.Put.Value.OpenInterest, first.Put.Value.Premium).Should().Be((2.80, 180L, 56.00));
        chain.Rows[1].Put!.Value.LastIsSettlement.Should().BeFalse("4.00 has no s suffix: a trade");
        // "07-15-2022 08:23am CDT" = 13:23 UTC.
        chain.AsOfNs.Should().Be(new DateTimeOffset(2022, 7, 15, 13, 23, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);
    }

    [SharedDataFact]
    public void Spy_csv_ignores_the_junk_width_cells_and_reads_both_sides()
    {
        var chain = BarchartCsvReader.Read(SharedData.DataPath("barchart", "spy-options-exp-2022-07-15-monthly-show-all-side-by-side-07-05-2022.csv"));

        var first = chain.Rows[0];
        first.Strike.Should().Be(195);
        (first.Call!.Value.Last, first.Call.Value.Bid, first.Call.Value.Ask, first.Call.Value.Volume, first.Call.Value.OpenInterest)
            .Should().Be((182.50, 185.73, 186.32, 0L, 1_364L));
        (first.Put!.Value.Last, first.Put.Value.Bid, first.Put.Value.OpenInterest, first.Put.Value.Type).Should().Be((0.01, 0.00, 6_130L, OptionType.Put));
        chain.AsOfNs.Should().Be(new DateTimeOffset(2022, 7, 5, 11, 15, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000);
    }
}
