namespace NQStream.Market.Book;

/// <summary>
/// One price level of a side: aggregate size and count plus the head and tail of its intrusive FIFO
/// of order slots (<see cref="OrderSlot.Prev"/>/<see cref="OrderSlot.Next"/>). Lives in a pooled
/// array; <see cref="NextFree"/> chains free entries.
/// </summary>
internal struct PriceLevel
{
    public long Price;
    public long Size;
    public int Count;
    public int Head;
    public int Tail;
    public int NextFree;
}
