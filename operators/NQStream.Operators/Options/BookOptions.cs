using System.ComponentModel.DataAnnotations;

namespace NQStream.Operators.Options;

/// <summary>Order book publication (§2.3, <c>operators.book</c>).</summary>
public sealed class BookOptions
{
    /// <summary>Price levels published per side with each book top (10 when multi-level OFI is on).</summary>
    [Range(1, 10)]
    public int PublishDepth { get; init; } = 1;
}
