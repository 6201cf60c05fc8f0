namespace NQStream.Market.Book;

/// <summary>Sizing and publication settings for order books.</summary>
public sealed record BookOptions
{
    /// <summary>Defaults: publish the top level only, start small (books grow geometrically).</summary>
    public static BookOptions Default { get; } = new();

    /// <summary>Levels per side copied into the published view at each <c>F_LAST</c> (<c>publish_depth</c>, algorithms.md §2.3).</summary>
    public int PublishDepth { get; init; } = 1;

    /// <summary>Initial order capacity per book.</summary>
    public int InitialOrders { get; init; } = 16;

    /// <summary>Initial level capacity per side.</summary>
    public int InitialLevels { get; init; } = 8;
}
