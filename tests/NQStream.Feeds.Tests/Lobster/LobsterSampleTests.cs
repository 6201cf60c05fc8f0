using FluentAssertions;
using NQStream.Feeds.Lobster;
using NQStream.Market.Events;
using NQStream.TestSupport;

namespace NQStream.Feeds.Tests.Lobster;

public sealed class LobsterSampleTests
{
    private const string Stem = "AMZN_2012-06-21_34200000_57600000_";

    [SharedDataFact]
    public void Amzn_sample_reads_every_row_with_the_documented_counts()
    {
        using var reader = new LobsterReader(
            SharedData.DataPath("lobster", Stem + "message_1.csv"),
            SharedData.DataPath("lobster", Stem + "orderbook_1.csv"));
        var events = new MarketEvent[LobsterReader.MaxEventsPerRow];
        var byType = new long[8];
        long trades = 0, tradeShares = 0;
        LobsterRow first = default, last = default;
        while (reader.TryRead(events, out var row))
        {
            if (row.Row == 0)
            {
                first = row;
            }

            last = row;
            byType[(int)row.Type]++;
            for (var i = 0; i < row.EventCount; i++)
            {
                if (events[i].Action == (byte)'T')
                {
                    trades++;
                    tradeShares += events[i].Size;
                }
            }

            row.Book.IsTwoSided.Should().BeTrue();
        }

        reader.Rows.Should().Be(57_515);
        byType[1..].Should().Equal(27_845, 16, 18_235, 8_974, 2_445, 0, 0);
        (trades, tradeShares).Should().Be((11_419L, 810_755L));
        var midnight = reader.SessionStartNs - 34_200_000_000_000L;
        ((long)first.TsEvent - midnight).Should().Be(34_200_017_459_617L);
        ((long)last.TsEvent - midnight).Should().Be(57_599_959_359_650L);
        (first.Type, first.OrderId, first.Price, first.Direction).Should().Be((LobsterEventType.HiddenExecution, 0UL, 223_820_000_000L, -1));
    }
}
