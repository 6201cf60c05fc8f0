using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NQStream.Core.Ring;

/// <summary>
/// A sequence number shared between threads, padded so that it owns a cache line: the value sits at
/// offset 56 of a 120-byte object, so no other hot field shares its 64-byte line (false sharing).
/// </summary>
/// <remarks>
/// Reads are acquire (<see cref="Volatile.Read(ref readonly long)"/>); <see cref="SetValue"/> is a release
/// store, which is a plain store on x64. <see cref="SetValueVolatile"/> adds the full fence the single
/// producer needs before it re-reads the consumers' positions.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 120)]
[DebuggerDisplay("{Value}")]
public sealed class Sequence
{
    /// <summary>The value of a sequence nobody has advanced yet.</summary>
    public const long InitialValue = -1;

    [FieldOffset(56)]
    private long _value;

    /// <summary>Creates a sequence at <see cref="InitialValue"/>.</summary>
    public Sequence()
        : this(InitialValue)
    {
    }

    /// <summary>Creates a sequence at <paramref name="initialValue"/>.</summary>
    public Sequence(long initialValue) => _value = initialValue;

    /// <summary>The current value (acquire read).</summary>
    public long Value => Volatile.Read(ref _value);

    /// <summary>Sets the value with release semantics (no full fence).</summary>
    public void SetValue(long value) => Volatile.Write(ref _value, value);

    /// <summary>Sets the value followed by a full fence (store-load ordering).</summary>
    public void SetValueVolatile(long value)
    {
        Volatile.Write(ref _value, value);
        Interlocked.MemoryBarrier();
    }

    /// <summary>Atomically sets the value to <paramref name="newValue"/> if it equals <paramref name="expected"/>.</summary>
    public bool CompareAndSet(long expected, long newValue) =>
        Interlocked.CompareExchange(ref _value, newValue, expected) == expected;

    /// <summary>Atomically adds <paramref name="increment"/> and returns the new value.</summary>
    public long AddAndGet(long increment) => Interlocked.Add(ref _value, increment);

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
