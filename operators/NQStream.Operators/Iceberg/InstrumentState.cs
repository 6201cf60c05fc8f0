using NQStream.Market.Book;

namespace NQStream.Operators.Iceberg;

/// <summary>Per-instrument event bookkeeping of the detector.</summary>
internal struct InstrumentState
{
    public uint InstrumentId;

    /// <summary>A venue event of this instrument is open (its <c>F_LAST</c> has not arrived).</summary>
    public bool EventOpen;

    /// <summary><c>ts_event</c> of the open event.</summary>
    public long EventTs;

    /// <summary>Detector-wide number of the open (or last) event.</summary>
    public long EventNo;

    /// <summary>An <c>F_MAYBE_BAD_BOOK</c> record was seen and no <c>R</c> has followed: no new candidates.</summary>
    public bool Suspect;

    /// <summary>Live synthetic refill watches of this instrument (0: no add of it looks for a watched level).</summary>
    public int LiveWatches;

    /// <summary>The book the detector reads for this instrument: the caller's, or its own when <see cref="OwnsBook"/>.</summary>
    public OrderBook? Book;

    /// <summary>The detector applies records to <see cref="Book"/> itself (records arrive without a book).</summary>
    public bool OwnsBook;
}
