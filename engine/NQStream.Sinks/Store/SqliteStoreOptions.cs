namespace NQStream.Sinks.Store;

/// <summary>Settings of the embedded store's writer.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Rows per transaction.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Rows that may wait in memory before writers are slowed down (backpressure).</summary>
    public int Capacity { get; init; } = 100_000;

    /// <summary>A partial batch is committed at least this often; zero = only on <see cref="SqliteStore.FlushAsync"/>.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
