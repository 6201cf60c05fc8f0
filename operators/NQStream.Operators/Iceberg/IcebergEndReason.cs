namespace NQStream.Operators.Iceberg;

/// <summary>Why an <see cref="IcebergCandidate"/> ended (<see cref="IcebergEndReason.None"/> while it is active).</summary>
public enum IcebergEndReason : byte
{
    /// <summary>Still active.</summary>
    None,

    /// <summary>The displayed clip was filled and no refill came within the window (status <see cref="IcebergStatus.Done"/>).</summary>
    Exhausted,

    /// <summary>The resting clip was modified to another price: the price level moved (status <see cref="IcebergStatus.Done"/>).</summary>
    PriceMoved,

    /// <summary>End of stream while active (status <see cref="IcebergStatus.Done"/>).</summary>
    EndOfStream,

    /// <summary>The owner cancelled the resting clip (status <see cref="IcebergStatus.Cancelled"/>).</summary>
    OwnerCancelled,

    /// <summary>An <c>R</c> (clear) record removed every order of the instrument (status <see cref="IcebergStatus.Cancelled"/>).</summary>
    Cleared,

    /// <summary>A record of the instrument carried <c>F_MAYBE_BAD_BOOK</c> (status <see cref="IcebergStatus.Cancelled"/>).</summary>
    FeedGap,
}
