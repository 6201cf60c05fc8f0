using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace NQStream.Core.Memory;

/// <summary>
/// Software prefetch hints: ask the CPU to bring a cache line in while the current work goes on. A replay touches the
/// per-instrument state of thousands of instruments in an order set by the feed, so most of its time is cache misses;
/// hinting the state of a record a few records ahead lets those misses overlap with work. A hint never faults and has
/// no effect on results (a stale or wrong address only wastes the hint); without SSE it does nothing.
/// </summary>
public static class CachePrefetch
{
    /// <summary>Hints the line holding <paramref name="array"/>[<paramref name="index"/>] (ignored when out of range).</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="index">The element.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Element<T>(T[] array, int index)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (Sse.IsSupported && (uint)index < (uint)array.Length)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index)));
        }
    }

    /// <summary>Hints the first line of <paramref name="instance"/>'s fields (null is ignored).</summary>
    /// <param name="instance">A class instance.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Object(object? instance)
    {
        if (Sse.IsSupported && instance is not null)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.As<RawObject>(instance).FirstField));
        }
    }

    /// <summary>The layout of any object's field area, for taking its address (never instantiated, never written).</summary>
#pragma warning disable CS0649 // only its address is taken
    private sealed class RawObject
    {
        public byte FirstField;
    }
#pragma warning restore CS0649
}
