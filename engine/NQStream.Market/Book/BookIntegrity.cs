namespace NQStream.Market.Book;

/// <summary>
/// Integrity problems counted for one book (or summed over books). None of them stops processing:
/// the record is applied as far as the rules allow (docs/algorithms.md §2.3) and the count goes up.
/// </summary>
public struct BookIntegrity
{
    /// <summary>Publications (<c>F_LAST</c>) at which best bid was above best ask.</summary>
    public long Crossed;

    /// <summary>Publications at which best bid equalled best ask.</summary>
    public long Locked;

    /// <summary><c>C</c> or <c>M</c> for an order id not in the book (a cancel is ignored, a modify becomes an add).</summary>
    public long UnknownOrder;

    /// <summary><c>C</c> larger than the resting size (the order is removed, the size would go negative).</summary>
    public long NegativeSize;

    /// <summary><c>A</c> for an order id already resting (the old order is replaced).</summary>
    public long DuplicateAdd;

    /// <summary><c>A</c>/<c>M</c> that cannot be applied: side not <c>A</c>/<c>B</c>, or undefined price.</summary>
    public long Malformed;

    /// <summary>Records carrying <c>F_MAYBE_BAD_BOOK</c>.</summary>
    public long MaybeBadBook;

    /// <summary>Crossed + unknown order + negative size + duplicate add + malformed (locked books and gap flags are states, not errors).</summary>
    public readonly long Problems => Crossed + UnknownOrder + NegativeSize + DuplicateAdd + Malformed;

    /// <summary>Adds another set of counts to this one.</summary>
    public void Add(in BookIntegrity other)
    {
        Crossed += other.Crossed;
        Locked += other.Locked;
        UnknownOrder += other.UnknownOrder;
        NegativeSize += other.NegativeSize;
        DuplicateAdd += other.DuplicateAdd;
        Malformed += other.Malformed;
        MaybeBadBook += other.MaybeBadBook;
    }
}
