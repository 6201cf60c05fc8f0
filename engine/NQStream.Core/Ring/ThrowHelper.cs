using System.Diagnostics.CodeAnalysis;

namespace NQStream.Core.Ring;

/// <summary>Throws moved out of line so the hot methods stay small enough to inline.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ClaimOutOfRange(int n, int bufferSize) =>
        throw new ArgumentOutOfRangeException(nameof(n), n, $"claim size must be in 1..{bufferSize} (the ring size)");

    [DoesNotReturn]
    public static void Halted() => throw new RingHaltedException();

    [DoesNotReturn]
    public static void BufferSizeNotPowerOfTwo(int bufferSize) =>
        throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "ring size must be a power of two >= 2");
}
