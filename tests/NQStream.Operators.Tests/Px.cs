using NQStream.Operators.Book;

namespace NQStream.Operators.Tests;

/// <summary>Test helpers: points → fixed point, seconds → ns, quotes in points.</summary>
internal static class Px
{
    public static long Fx(double points) => (long)Math.Round(points * 1e9);

    public static long S(double seconds) => (long)Math.Round(seconds * 1e9);

    public static Quote Q(double bid, long bidSz, double ask, long askSz) => new(Fx(bid), bidSz, Fx(ask), askSz);
}
