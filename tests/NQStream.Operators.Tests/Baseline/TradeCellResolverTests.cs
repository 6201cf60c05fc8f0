using FluentAssertions;
using NQStream.Market;
using NQStream.Market.Instruments;
using NQStream.Market.Pricing;
using NQStream.Market.Sessions;
using NQStream.Operators.Baseline;
using NQStream.Operators.Options;
using Xunit;
using static NQStream.Operators.Tests.Baseline.BaselineFixtures;

namespace NQStream.Operators.Tests.Baseline;

public sealed class TradeCellResolverTests
{
    private static readonly DateOnly Friday = new(2026, 11, 6);
    private static readonly long Expiry = CentralTime.ToUnixNs(new DateOnly(2026, 11, 10), new TimeOnly(15, 0));

    private static Instrument Option(double strike, InstrumentClass cls = InstrumentClass.Call, ExpiryClass expiry = ExpiryClass.Weekly) => new()
    {
        InstrumentId = 9,
        RawSymbol = "Q2B" + "X6 C" + strike,
        Class = cls,
        Root = "Q2B",
        ExpiryClass = expiry,
        StrikeRaw = FixedPoint.FromPoints(strike),
        ExpirationNs = Expiry,
    };

    [Theory]
    [InlineData(21_000.0, 3)]            // ATM call: Δ ≈ 0.5
    [InlineData(21_600.0, 0)]            // far OTM call: Δ < 0.10
    [InlineData(20_400.0, 4)]            // deep ITM call: Δ ≥ 0.60
    public void Delta_from_the_trade_prices_own_iv_picks_the_bucket(double strike, int deltaBucket)
    {
        var ts = Ts(Friday, 31, 10);
        var years = TimeToExpiry.Years(Expiry, ts);
        var price = Black76.Price(21_000, strike, years, 0.045, 0.20, OptionType.Call);
        var expectedDelta = Black76.Compute(21_000, strike, years, 0.045, 0.20, OptionType.Call).Delta;
        BaselineCell.DeltaBucketOf(Math.Abs(expectedDelta)).Should().Be(deltaBucket);
        new TradeCellResolver(new Black76Options()).TryResolve(Option(strike), price, 21_000, ts, out var cell).Should().BeTrue();
        cell.DeltaBucket.Should().Be(deltaBucket);
        cell.DteBucket.Should().Be(2);   // Friday → Mon, Tue: DTE 2
        cell.TodBucket.Should().Be(31);
        cell.ExpiryClass.Should().Be(ExpiryClass.Weekly);
        cell.IsPut.Should().BeFalse();
    }

    [Fact]
    public void Trade_dates_to_expiry_skip_weekends()
    {
        TradeCellResolver.TradeDatesBetween(Friday, new DateOnly(2026, 11, 10)).Should().Be(2);
        TradeCellResolver.TradeDatesBetween(Friday, Friday).Should().Be(0);
        TradeCellResolver.TradeDatesBetween(Friday, new DateOnly(2026, 11, 27)).Should().Be(15);
    }

    [Fact]
    public void No_cell_without_forward_for_unknown_class_expired_or_unsolvable_price()
    {
        var r = new TradeCellResolver(new Black76Options());
        var ts = Ts(Friday, 31, 10);
        r.TryResolve(Option(21_000), 100, null, ts, out _).Should().BeFalse();
        r.TryResolve(Option(21_000, expiry: ExpiryClass.Unknown), 100, 21_000, ts, out _).Should().BeFalse();
        r.TryResolve(Option(21_000), 100, 21_000, Expiry, out _).Should().BeFalse();
        r.TryResolve(Option(20_000), 0.01, 21_000, ts, out _).Should().BeFalse();   // below intrinsic: no IV
        r.TryResolve(Option(21_000), 100, 21_000, Ts(Friday, 46, 60), out _).Should().BeFalse();
    }
}
