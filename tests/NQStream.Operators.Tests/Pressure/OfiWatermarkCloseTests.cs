using FluentAssertions;
using NQStream.Operators.Book;
using NQStream.Operators.Pressure;
using Xunit;
using static NQStream.Operators.Tests.Px;

namespace NQStream.Operators.Tests.Pressure;

/// <summary>
/// Closing OFI windows on the watermark (<see cref="Ofi.CloseDue"/>) changes when a window comes out, never which
/// windows or their values: random quote streams with watermark closes interleaved emit exactly the windows of the
/// same stream closed only by its own quotes.
/// </summary>
public sealed class OfiWatermarkCloseTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Watermark_closes_emit_the_same_windows_as_quote_driven_closes(int seed, bool emitIdle)
    {
        var rng = new Random(seed);
        var quotes = new List<(long Ts, Quote Q)>();
        long ts = S(1_000);
        double bid = 100;
        for (var i = 0; i < 3_000; i++)
        {
            // Mostly dense quotes, sometimes gaps of several windows (quiet instrument), sometimes a locked or empty book.
            ts += rng.Next(10) == 0 ? S(rng.Next(15, 95)) : S(rng.NextDouble() * 3);
            bid += rng.Next(-1, 2) * 0.25;
            var q = rng.Next(40) == 0
                ? new Quote(Fx(bid), 5, Quote.Empty.AskPx, 0)
                : Q(bid, rng.Next(1, 50), bid + (rng.Next(1, 3) * 0.25), rng.Next(1, 50));
            quotes.Add((ts, q));
        }

        var quoteDriven = Run(quotes, emitIdle, rng: null);
        var withWatermark = Run(quotes, emitIdle, new Random(seed * 7));

        withWatermark.Should().Equal(quoteDriven);
        quoteDriven.Should().HaveCountGreaterThan(100);
    }

    [Fact]
    public void A_quiet_instruments_window_comes_out_when_the_watermark_passes_not_at_its_next_quote()
    {
        var ofi = new Ofi(S(10), emitIdleWindows: false);
        var sink = new CollectingSink<OfiWindow>();
        ofi.OnQuote(S(1), Q(100, 10, 101, 20), ref sink);
        ofi.OnQuote(S(2), Q(100, 12, 101, 20), ref sink);
        ofi.PendingWindowEnd.Should().Be(S(10));

        ofi.CloseDue(S(9), ref sink);
        sink.Items.Should().BeEmpty("the window has not ended");
        ofi.CloseDue(S(11), ref sink);
        sink.Items.Should().ContainSingle().Which.Ofi.Should().Be(2);
        ofi.PendingWindowEnd.Should().BeNull("the next window has no quote yet");

        ofi.CloseDue(S(3_600), ref sink);
        ofi.OnQuote(S(3_601), Q(100, 12, 101, 20), ref sink);
        ofi.AdvanceTo(S(3_700), ref sink);
        sink.Items.Should().HaveCount(2, "the idle hour is skipped, not emitted");
        sink.Items[1].StartNs.Should().Be(S(3_600));
    }

    private static List<OfiWindow> Run(List<(long Ts, Quote Q)> quotes, bool emitIdle, Random? rng)
    {
        var ofi = new Ofi(S(10), emitIdleWindows: emitIdle);
        var sink = new CollectingSink<OfiWindow>();
        foreach (var (ts, q) in quotes)
        {
            if (rng is not null && rng.Next(4) == 0)
            {
                // The watermark never passes a quote still to come.
                ofi.CloseDue(ts - (long)(rng.NextDouble() * S(5)), ref sink);
            }

            ofi.OnQuote(ts, in q, ref sink);
        }

        ofi.AdvanceTo(quotes[^1].Ts + S(20), ref sink);
        return sink.Items;
    }
}
