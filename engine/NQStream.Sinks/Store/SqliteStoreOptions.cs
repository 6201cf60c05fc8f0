namespace NQStream.Sinks.Store;

/// <summary>Settings of the embedded store's writer.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Rows per batch cut from rows queued one at a time (<see cref="SqliteStore.WriteAsync"/>).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Rows that may wait in memory before writers are slowed down (backpressure).</summary>
    public int Capacity { get; init; } = 100_000;

    /// <summary>A partial batch is committed at least this often; zero = only on <see cref="SqliteStore.FlushAsync"/>.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Group commit: batches already waiting join the transaction being written until it holds this many rows (whole
    /// batches only). 1 = one transaction per batch. Larger transactions write each touched index page to the WAL
    /// once per commit instead of once per batch (perf/RESULTS.md, Store writes); waiting rows were uncommitted anyway.
    /// </summary>
    public int TransactionRows { get; init; } = 65_536;
}
