using NQStream.Market.Book;

namespace NQStream.Operators.Aggressor;

/// <summary>The aggressor run being built for one instrument (state of <see cref="AggressorEventBuilder"/>).</summary>
internal struct PendingRun
{
    public bool Active;
    public ushort PublisherId;
    public long TsEvent;
    public uint FirstSequence;
    public byte Side;
    public long Quantity;
    public int Prints;
    public long PxFirst;
    public long PxLast;
    public long PxMin;
    public long PxMax;
    public double NotionalPts;
    public int Levels;
    public double Multiplier;
    public bool IsOption;
    public int PassiveOrders;
    public long PassiveFillQty;
    public int PassiveIdsKept;
    public BookTop PreTop;
}
