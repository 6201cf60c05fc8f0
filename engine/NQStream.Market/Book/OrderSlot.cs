namespace NQStream.Market.Book;

/// <summary>
/// One resting order in the book's pooled order array: id, raw price, size, its level on its side and
/// the links of the level's FIFO (-1 = none). <see cref="Next"/> also chains free slots.
/// </summary>
internal struct OrderSlot
{
    public ulong Id;
    public long Price;
    public uint Size;
    public int Level;
    public int Prev;
    public int Next;
    public OrderSide Side;
}
