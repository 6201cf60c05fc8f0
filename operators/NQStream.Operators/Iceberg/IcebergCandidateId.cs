using System.Globalization;

namespace NQStream.Operators.Iceberg;

/// <summary>
/// Stable identity of an iceberg candidate, derived from data only (no run counters): the instrument, the order id
/// of its first clip and the <c>ts_event</c> of that clip's first fill. Replaying the same input gives the same ids.
/// </summary>
/// <param name="InstrumentId">Instrument.</param>
/// <param name="FirstOrderId">Order id of the first clip.</param>
/// <param name="FirstTs"><c>ts_event</c> of the first clip's first fill (ns).</param>
public readonly record struct IcebergCandidateId(uint InstrumentId, ulong FirstOrderId, long FirstTs)
{
    /// <summary><c>instrument-order-ts</c>, invariant digits.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{InstrumentId}-{FirstOrderId}-{FirstTs}");
}
