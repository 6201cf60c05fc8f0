namespace NQStream.Operators.Iceberg;

/// <summary>Who manages the hidden size of an iceberg (docs/algorithms.md §4.7).</summary>
public enum IcebergKind : byte
{
    /// <summary>Exchange-managed: the same order id is refilled (or fills more than it shows).</summary>
    Native,

    /// <summary>Participant-managed: after each full fill a new order id of about the same size rests at the same price.</summary>
    Synthetic,
}
