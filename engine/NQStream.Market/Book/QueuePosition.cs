namespace NQStream.Market.Book;

/// <summary>Where a resting order stands in its price level's FIFO queue.</summary>
/// <param name="Side">Side of the order.</param>
/// <param name="Price">Raw price of the order's level.</param>
/// <param name="Size">The order's resting size.</param>
/// <param name="Position">Orders ahead of it at its price (0 = first in the queue).</param>
/// <param name="SizeAhead">Total size of the orders ahead of it at its price.</param>
/// <param name="LevelCount">Orders at its price, including itself.</param>
/// <param name="LevelSize">Total size at its price, including its own.</param>
public readonly record struct QueuePosition(OrderSide Side, long Price, uint Size, int Position, long SizeAhead, int LevelCount, long LevelSize);
