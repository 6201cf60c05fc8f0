using NQStream.Market.Book;
using NQStream.Market.Instruments;
using NQStream.Operators.Options;

namespace NQStream.Operators.Aggressor;

/// <summary>
/// Enrichment of an option aggressor event in one call (docs/algorithms.md §2.4 "next operator", §3): the option's
/// own underlying future from the registry, its mid F from the book set under the §0.3 policy, and the Black-76 Δ
/// from F and the caller's implied volatility (<see cref="OptionDelta"/>). Missing underlying, stale or invalid mid,
/// missing IV or an expired option leave Δ null (counted in <see cref="NoDelta"/>); another future is never used.
/// </summary>
public sealed class AggressorEnricher
{
    private readonly InstrumentRegistry _registry;
    private readonly BookSet _books;
    private readonly Black76Options _black76;
    private readonly long _maxMidAgeNs;

    /// <summary>Creates the enricher.</summary>
    /// <param name="registry">Instrument definitions (option terms, underlying resolution).</param>
    /// <param name="books">Books of the underlying futures (published tops).</param>
    /// <param name="black76">Rate and greeks floor.</param>
    /// <param name="shared">Shared policy (<c>max_mid_age</c>).</param>
    public AggressorEnricher(InstrumentRegistry registry, BookSet books, Black76Options black76, SharedOptions shared)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(black76);
        ArgumentNullException.ThrowIfNull(shared);
        _registry = registry;
        _books = books;
        _black76 = black76;
        _maxMidAgeNs = shared.MaxMidAge.Ticks * TimeSpan.NanosecondsPerTick;
    }

    /// <summary>Option events left without a Δ.</summary>
    public long NoDelta { get; private set; }

    /// <summary>
    /// <paramref name="e"/> with <see cref="AggressorEvent.UnderlyingId"/>, <see cref="AggressorEvent.UnderlyingMid"/> and
    /// <see cref="AggressorEvent.Delta"/> set; non-option events are returned unchanged.
    /// </summary>
    /// <param name="e">The built event.</param>
    /// <param name="impliedVol">The option's implied volatility per √year at the event; null when not solved.</param>
    public AggressorEvent Enrich(in AggressorEvent e, double? impliedVol)
    {
        if (!_registry.TryGet(e.InstrumentId, out var option) || !option.IsOption)
        {
            return e;
        }

        var underlying = _registry.UnderlyingOfId(e.InstrumentId);
        double? mid = null;
        if (underlying.IsResolved && _books.Find(underlying.Id, e.PublisherId) is { } book)
        {
            var top = book.Top;
            mid = UnderlyingMid.Of(in top, e.TsEvent, _maxMidAgeNs);
        }

        var delta = OptionDelta.Compute(option, mid, impliedVol, e.TsEvent, _black76);
        if (delta is null)
        {
            NoDelta++;
        }

        return e with
        {
            UnderlyingId = underlying.IsResolved ? underlying.Id : 0,
            UnderlyingMid = mid,
            Delta = delta,
        };
    }
}
