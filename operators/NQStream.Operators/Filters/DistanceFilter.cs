using NQStream.Market.Book;
using NQStream.Market.Instruments;
using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;

namespace NQStream.Operators.Filters;

/// <summary>
/// Distance filter (docs/algorithms.md §5.2): distance = |K − F| / F with F the mid of the option's <b>own</b>
/// underlying future; within = distance ≤ <c>max_distance</c> (inclusive). F missing, one-sided, crossed, locked,
/// suspect or older than <c>max_mid_age</c> (§0.3) gives a null distance, within = false, reason
/// <see cref="DistanceReason.NoUnderlying"/>; another future is never used as a stand-in.
/// </summary>
public sealed class DistanceFilter
{
    private readonly long _maxMidAgeNs;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Configured parameters (<c>max_distance</c>).</param>
    /// <param name="shared">Shared edge-case policy (<c>max_mid_age</c>).</param>
    public DistanceFilter(DistanceOptions options, SharedOptions shared)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shared);
        MaxDistance = options.MaxDistance;
        _maxMidAgeNs = shared.MaxMidAge.Ticks * TimeSpan.NanosecondsPerTick;
    }

    /// <summary>Largest distance counted as within.</summary>
    public double MaxDistance { get; }

    /// <summary>Results with reason <see cref="DistanceReason.NoUnderlying"/>.</summary>
    public long NoUnderlying { get; private set; }

    /// <summary>
    /// Mid of <paramref name="top"/> in points, or null when it is not a valid F at <paramref name="tsEventNs"/>: the
    /// book is not <see cref="BookState.Ok"/> or its last publication is older than <c>max_mid_age</c>.
    /// </summary>
    public double? ValidMid(in BookTop top, long tsEventNs) => UnderlyingMid.Of(in top, tsEventNs, _maxMidAgeNs);

    /// <summary>Distance of strike <paramref name="strike"/> (points) from the mid F (points; null = no valid mid).</summary>
    public DistanceResult Evaluate(double strike, double? underlyingMid)
    {
        if (underlyingMid is not { } f || !(f > 0))
        {
            NoUnderlying++;
            return new DistanceResult(null, false, DistanceReason.NoUnderlying);
        }

        var d = Math.Abs(strike - f) / f;
        return new DistanceResult(d, d <= MaxDistance, DistanceReason.Ok);
    }

    /// <summary>Distance of strike <paramref name="strike"/> from the mid of <paramref name="underlyingTop"/> at <paramref name="tsEventNs"/>.</summary>
    public DistanceResult Evaluate(double strike, in BookTop underlyingTop, long tsEventNs) =>
        Evaluate(strike, ValidMid(in underlyingTop, tsEventNs));

    /// <summary>
    /// Resolves the option's own underlying in <paramref name="registry"/> and its book in <paramref name="books"/>
    /// (same publisher as the event), then evaluates the distance at the event's time.
    /// </summary>
    public DistanceResult Evaluate(in AggressorEvent e, InstrumentRegistry registry, BookSet books)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(books);
        if (!registry.TryGet(e.InstrumentId, out var option) || !option.IsOption || option.Strike is not { } strike)
        {
            return new DistanceResult(null, false, DistanceReason.NotOption);
        }

        var underlying = registry.UnderlyingOfId(e.InstrumentId);
        var book = underlying.IsResolved ? books.Find(underlying.Id, e.PublisherId) : null;
        if (book is null)
        {
            return Evaluate(strike, null);
        }

        var top = book.Top;
        return Evaluate(strike, in top, e.TsEvent);
    }
}
