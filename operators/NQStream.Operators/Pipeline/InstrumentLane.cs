using NQStream.Market.Book;

namespace NQStream.Operators.Pipeline;

/// <summary>
/// What the pipeline touches on every record of one (instrument, publisher), found with the book lookup alone
/// (<see cref="BookSet.GetOrAdd"/>'s index): the book, the instrument's pressure windows, and facts derived from the
/// registry (future or not; the underlying whose quote wave an option's A/C/M records feed, §5.7 T7). The registry
/// facts are cached against the pipeline's definition count and refreshed after any definition, because a later
/// definition can change them (a future's definition resolves its options' underlying retroactively).
/// </summary>
internal sealed class InstrumentLane(OrderBook book, int builderSlot, int icebergSlot)
{
    public readonly OrderBook Book = book;

    /// <summary>The instrument's slot in the aggressor event builder.</summary>
    public readonly int BuilderSlot = builderSlot;

    /// <summary>The instrument's slot in the iceberg detector.</summary>
    public readonly int IcebergSlot = icebergSlot;

    /// <summary>True until the lane's first record: its book did not exist before that record (no top yet).</summary>
    public bool Fresh = true;

    /// <summary>The instrument's pressure state (OFI, aggressor imbalance), created at its first published top.</summary>
    public PressureStage.Flow? Pressure;

    /// <summary>Definitions applied when the registry facts below were read; -1 = never.</summary>
    public long DefinitionsSeen = -1;

    public bool IsFuture;

    /// <summary>Whether A/C/M records feed the quote wave of <see cref="WaveUnderlying"/>.</summary>
    public bool HasWaveUnderlying;

    public uint WaveUnderlying;

    /// <summary>The taker look-back state of <see cref="WaveUnderlying"/>.</summary>
    public TakerContext.UnderlyingState? Wave;
}
