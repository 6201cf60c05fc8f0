namespace NQStream.Market.Book;

/// <summary>State of a published book view (docs/algorithms.md §0.3, §2.3).</summary>
public enum BookState : byte
{
    /// <summary>Nothing published yet, or no orders on either side.</summary>
    Empty = 0,

    /// <summary>Both sides present and best bid below best ask.</summary>
    Ok = 1,

    /// <summary>Exactly one side has orders.</summary>
    OneSided = 2,

    /// <summary>Best bid above best ask.</summary>
    Crossed = 3,

    /// <summary>Best bid equal to best ask.</summary>
    Locked = 4,

    /// <summary>A record carried <c>F_MAYBE_BAD_BOOK</c> since the last clear: the book may be wrong.</summary>
    Suspect = 5,
}
