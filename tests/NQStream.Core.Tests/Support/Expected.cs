namespace NQStream.Core.Tests.Support;

public static class Expected
{
    /// <summary>Σ i for i in [0, n).</summary>
    public static long SumTo(long n) => n * (n - 1) / 2;
}
