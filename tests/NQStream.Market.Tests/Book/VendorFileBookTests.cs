using FluentAssertions;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Dbn.Records;
using NQStream.Market.Events;
using NQStream.TestSupport;

namespace NQStream.Market.Tests.Book;

/// <summary>Books built from Databento's MBO fixture through the real reader.</summary>
public sealed class VendorFileBookTests
{
    [SharedDataFact]
    public void The_fixture_cancels_orders_that_predate_the_file_and_each_is_counted()
    {
        using var reader = DbnReader.Open(SharedData.DataPath("dbn", "test_data.mbo.v3.dbn"));
        var set = new BookSet();
        while (reader.TryRead(out var rec))
        {
            rec.RType.Should().Be(RType.Mbo);
            set.Apply(MarketEvent.FromMbo(in rec.As<MboMsg>()));
        }

        var book = set.Books.Should().ContainSingle().Subject;
        (book.InstrumentId, book.PublisherId).Should().Be((5482u, (ushort)1));
        book.Integrity.UnknownOrder.Should().Be(2, "both records cancel orders resting before the file starts");
        book.Publications.Should().Be(2);
        book.Top.State.Should().Be(BookState.Empty);
        book.Top.TsEvent.Should().Be(1609160400000431665UL);
    }
}
