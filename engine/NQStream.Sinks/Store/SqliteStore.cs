using System.Diagnostics;
using System.Threading.Tasks.Dataflow;
using Microsoft.Data.Sqlite;
using NQStream.Sinks.Rows;

namespace NQStream.Sinks.Store;

/// <summary>
/// The embedded time-series store: one SQLite file in WAL mode (<c>synchronous=NORMAL</c>), written off the hot
/// path by a bounded <see cref="BatchBlock{T}"/> → <see cref="ActionBlock{T}"/> pair, one transaction per batch.
/// A killed process loses at most the batches not yet committed; the file stays consistent (SQLite WAL).
/// Writers are slowed down (<see cref="WriteAsync"/> waits) when <see cref="SqliteStoreOptions.Capacity"/> rows
/// are queued; nothing is dropped. Re-written rows replace stored ones (unique de-duplication index).
/// A producer that batches rows itself hands whole arrays to <see cref="WriteBatchAsync"/>: one queue operation per
/// batch instead of one per row (the per-row <see cref="BatchBlock{T}"/> send cost more than SQLite's insert).
/// </summary>
[DebuggerDisplay("{Path}: {Committed} committed")]
public sealed class SqliteStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly BatchBlock<SinkRow> _batches;
    private readonly ActionBlock<SinkRow[]> _writer;
    private readonly Dictionary<TableSchema, SqliteInsert> _inserts = [];
    private readonly Timer? _timer;
    private TaskCompletionSource _progress = NewSignal();
    private const int WriterQueueBatches = 8;
    private long _posted;
    private long _committed;
    private long _singlesPosted;
    private long _singlesOrdered;
    private Exception? _fault;

    private SqliteStore(string path, SqliteStoreOptions options)
    {
        Path = path;
        _connection = OpenConnection(path, readOnly: false);
        using (var pragma = _connection.CreateCommand())
        {
            // A replay day writes hundreds of MB of windows. A 64 MiB page cache (SQLite's default is 2 MiB) keeps the
            // index pages the inserts re-read; checkpointing the WAL every 64 MiB instead of every 4 MiB cuts the
            // checkpoint copies and fsyncs: a 30 M-event day (7.1 M window rows) replayed in 21 s instead of 31 s
            // (perf/RESULTS.md, Replay end to end). Durability is unchanged (WAL, synchronous=NORMAL).
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;";
            pragma.ExecuteNonQuery();
            foreach (var table in StoreSchema.All)
            {
                pragma.CommandText = SqliteDdl.Create(table);
                pragma.ExecuteNonQuery();
            }
        }

        foreach (var table in StoreSchema.All)
        {
            _inserts[table] = new SqliteInsert(_connection.Handle!, table);
        }

        _batches = new BatchBlock<SinkRow>(options.BatchSize, new GroupingDataflowBlockOptions { BoundedCapacity = Math.Max(options.Capacity, options.BatchSize) });
        _writer = new ActionBlock<SinkRow[]>(WriteBatch, new ExecutionDataflowBlockOptions { BoundedCapacity = WriterQueueBatches, MaxDegreeOfParallelism = 1 });
        _batches.LinkTo(_writer, new DataflowLinkOptions { PropagateCompletion = true });
        if (options.FlushInterval > TimeSpan.Zero)
        {
            _timer = new Timer(static s => ((SqliteStore)s!)._batches.TriggerBatch(), this, options.FlushInterval, options.FlushInterval);
        }
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Rows committed to the file so far (acknowledged: they survive a process crash).</summary>
    public long Committed => Volatile.Read(ref _committed);

    /// <summary>Opens (creating when absent) a store file and its tables.</summary>
    public static SqliteStore Open(string path, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new SqliteStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        return new SqliteStore(path, options);
    }

    /// <summary>A plain connection to a store file (no pooling, so the file is released on dispose).</summary>
    public static SqliteConnection OpenConnection(string path, bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Queues a row; waits while the queue is full. Throws when the writer has failed.</summary>
    public async ValueTask WriteAsync(SinkRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!await _batches.SendAsync(row, cancellationToken).ConfigureAwait(false))
        {
            throw Failed();
        }

        Interlocked.Increment(ref _posted);
        Interlocked.Increment(ref _singlesPosted);
    }

    /// <summary>
    /// Queues the first <paramref name="count"/> rows of <paramref name="rows"/> as one batch (one transaction), after
    /// every row queued before it; waits while the writer has a full queue of batches (backpressure). The store keeps
    /// the array until the batch is committed: the caller must not reuse it. Throws when the writer has failed.
    /// </summary>
    public async ValueTask WriteBatchAsync(SinkRow[] rows, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, rows.Length);
        if (count == 0)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i], nameof(rows));
        }

        // Rows queued one at a time may still wait in the batch block: commit them first, so order is kept.
        var singles = Volatile.Read(ref _singlesPosted);
        if (singles != Volatile.Read(ref _singlesOrdered))
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _singlesOrdered, singles);
        }

        var batch = count == rows.Length ? rows : rows[..count];
        if (!await _writer.SendAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            throw Failed();
        }

        Interlocked.Add(ref _posted, count);
    }

    /// <summary>Commits every row queued before the call; returns when they are in the file.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        long target = Volatile.Read(ref _posted);
        while (Volatile.Read(ref _committed) < target)
        {
            var signal = Volatile.Read(ref _progress).Task;
            if (_fault is not null)
            {
                throw Failed();
            }

            _batches.TriggerBatch();
            if (Volatile.Read(ref _committed) >= target)
            {
                break;
            }

            // The signal fires after every commit; the short delay covers a batch the trigger could not cut yet.
            await Task.WhenAny(signal, Task.Delay(50, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Flushes, stops the writer and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }

        try
        {
            if (_fault is null)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _batches.Complete();
            await _writer.Completion.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
            foreach (var insert in _inserts.Values)
            {
                insert.Dispose();
            }

            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private InvalidOperationException Failed() => new($"store {Path}: the writer has failed: {_fault?.Message}", _fault);

    private void WriteBatch(SinkRow[] rows)
    {
        try
        {
            using (var tx = _connection.BeginTransaction())
            {
                TableSchema? table = null;
                SqliteInsert? insert = null;
                foreach (var row in rows)
                {
                    if (!ReferenceEquals(row.Table, table))
                    {
                        table = row.Table;
                        insert = _inserts[table];
                    }

                    insert!.Execute(row);
                }

                tx.Commit();
            }

            Interlocked.Add(ref _committed, rows.Length);
        }
        catch (Exception ex)
        {
            // The writer stops for good: callers see the cause on their next write or flush, and the batch block
            // is faulted too so a producer waiting for room is released instead of blocking forever.
            _fault = ex;
            ((IDataflowBlock)_batches).Fault(ex);
            throw;
        }
        finally
        {
            Interlocked.Exchange(ref _progress, NewSignal()).TrySetResult();
        }
    }
}
