using System.Runtime.CompilerServices;
using NQStream.Market.Book;
using NQStream.Market.Dbn;
using NQStream.Market.Events;

namespace NQStream.Operators.Iceberg;

/// <summary>
/// Lazy order state: an order gets an <see cref="OrderState"/> only when the detector needs more than the book holds
/// (its first fill, an owner's partial cancel, a synthetic refill, or a record the book applies differently from §4.7's
/// view). Until then its state is implied by the book (read before the record is applied): side, price and size from
/// the book, clip = size, no fills, no candidate.
/// </summary>
/// <remarks>
/// The implied state equals what an eager per-order state would hold as long as the book applied every earlier record of
/// the order the way the detector does. Where it does not (an add or modify the book rejects as malformed, an add of size
/// 0 over a resting order, a modify to size 0 at a new price, a modify that would change a resting order's side), the
/// order is given state from its view before the record, so the detector's view stays the eager one.
/// </remarks>
public sealed partial class IcebergDetector
{
    /// <summary>Whether <paramref name="book"/> holds <paramref name="orderId"/> resting with a size (what §4.7 calls a known order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Resting(OrderBook book, ulong orderId, out byte side, out long price, out long size)
    {
        var found = book.TryGetOrder(orderId, out var s, out price, out var sz);
        side = (byte)s;
        size = sz;
        return found && sz > 0 && orderId != 0;
    }

    private static bool BookAccepts(in MarketEvent e) =>
        (e.Side == (byte)OrderSide.Bid || e.Side == (byte)OrderSide.Ask) && e.Price != DbnConstants.UndefPrice;

    /// <summary>Creates the state of an order that has none (the caller found none).</summary>
    private ref OrderState Materialize(ulong orderId, int slot, byte side, long price, long size, long clip, int candidate)
    {
        ref var o = ref _orders.GetOrAdd(orderId, out _);
        o = new OrderState { Slot = slot, Side = side, Price = price, Size = size, Clip = clip, Candidate = candidate };
        return ref o;
    }

    /// <summary><c>C</c> of an order without state: unknown, a full cancel (nothing to end), or a partial one that keeps the clip.</summary>
    private void CancelStateless(in MarketEvent e, int slot, OrderBook book)
    {
        if (!Resting(book, e.OrderId, out var side, out var price, out var size))
        {
            UnknownOrderRecords++;
            return;
        }

        if (e.Size > 0 && e.Size < size)
        {
            // An owner's partial cancel: the clip stays what was asked for, which the book forgets.
            Materialize(e.OrderId, slot, side, price, size - e.Size, size, -1);
        }
    }

    /// <summary>
    /// <c>M</c> of a resting order without state (no fills, no candidate): a move or resize sets its clip to its new
    /// size, as the book does; a resize to 0 removes it. Returns false when the book does not hold the order.
    /// </summary>
    private bool ModifyStateless(in MarketEvent e, int slot, OrderBook book)
    {
        if (!Resting(book, e.OrderId, out var side, out var price, out _))
        {
            return false;
        }

        if (e.Price != price && (e.Price == DbnConstants.UndefPrice || e.Size == 0))
        {
            // The book keeps the old price (malformed) or a size-0 order that no longer counts as resting.
            Materialize(e.OrderId, slot, side, e.Price, e.Size, e.Size, -1);
        }

        return true;
    }

    /// <summary>An add of order id 0 or size 0 is ignored, but the book replaces a resting order by it: keep its view.</summary>
    private void KeepOnZeroAdd(in MarketEvent e, int slot, OrderBook book)
    {
        if (e.Action == (byte)'A' && BookAccepts(in e) && Unsafe.IsNullRef(ref _orders.Find(e.OrderId))
            && Resting(book, e.OrderId, out var side, out var price, out var size))
        {
            Materialize(e.OrderId, slot, side, price, size, size, -1);
        }
    }

    /// <summary>
    /// <c>A</c> (or <c>M</c> of an id the book does not hold resting) without state: a replaced add, or a new order that
    /// gets state only when it joins a synthetic chain or the book will not hold it as the detector sees it.
    /// </summary>
    private void AddStateless<TSink>(in MarketEvent e, int slot, long ts, OrderBook book, ref TSink sink)
        where TSink : struct, IOperatorSink<IcebergCandidate>
    {
        var inBook = book.TryGetOrder(e.OrderId, out var bookSide, out var bookPrice, out var bookSize);
        if (inBook && bookSize > 0)
        {
            // Only an A gets here for a resting order (an M went to ModifyStateless). As a modify it moves or
            // resizes the order and sets its clip; the book replaces the order, with the record's side.
            ReplacedAdds++;
            if (!BookAccepts(in e) || e.Side != (byte)bookSide)
            {
                Materialize(e.OrderId, slot, (byte)bookSide, e.Price, e.Size, e.Size, -1);
            }

            return;
        }

        // A new order. The book inserts it with the record's side, except a malformed one, and an M of an order
        // it holds at size 0 keeps that order's side.
        var agrees = BookAccepts(in e) && !(inBook && e.Action == (byte)'M' && e.Side != (byte)bookSide);
        var o = new OrderState { Slot = slot, Side = e.Side, Price = e.Price, Size = e.Size, Clip = e.Size, Candidate = -1 };
        if (_instruments[slot].LiveWatches > 0 && Eligible(slot, e.Size, e.Flags))
        {
            TryRefill(ref o, e.OrderId, slot, ts, ref sink);
        }

        if (o.Candidate >= 0 || !agrees)
        {
            Materialize(e.OrderId, slot, o.Side, o.Price, o.Size, o.Clip, o.Candidate);
        }
    }
}
