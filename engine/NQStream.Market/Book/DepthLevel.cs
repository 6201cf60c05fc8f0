using System.Diagnostics;

namespace NQStream.Market.Book;

/// <summary>One aggregated price level: raw price, total resting size and number of orders.</summary>
/// <param name="Price">Raw fixed-point price (1e-9).</param>
/// <param name="Size">Sum of the resting sizes of the level's orders.</param>
/// <param name="Count">Number of orders at the level.</param>
[DebuggerDisplay("{Count} x {Size} @ {Price}")]
public readonly record struct DepthLevel(long Price, long Size, int Count);
