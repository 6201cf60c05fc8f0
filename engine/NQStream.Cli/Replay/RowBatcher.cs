using System.Collections.Concurrent;
using NQStream.Sinks.Ilp;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Replay;

/// <summary>
/// Moves rows from the graph thread to the store in batches: the graph fills an array, a full array goes through a
/// bounded queue (a full queue blocks the graph: backpressure) to one writer task that hands it to the store whole
/// (<see cref="SqliteStore.WriteBatchAsync"/>: one transaction per array). One handoff per <see cref="BatchRows"/> rows
/// instead of one per row keeps the graph thread off locks and wake-ups, and the store off per-row queueing.
/// </summary>
internal sealed class RowBatcher : IDisposable
{
    public const int BatchRows = 4096;
    private readonly BlockingCollection<(SinkRow[] Rows, int Count)> _full = new(boundedCapacity: 8);
    private readonly Task _writer;
    private SinkRow[] _batch = new SinkRow[BatchRows];
    private int _count;

    /// <param name="store">The embedded store (every row).</param>
    /// <param name="questdb">QuestDB over ILP when configured (<c>sinks.questdb</c>): every row too, after the store.</param>
    public RowBatcher(SqliteStore store, IlpSender? questdb = null)
    {
        _writer = Task.Run(async () =>
        {
            foreach (var (rows, count) in _full.GetConsumingEnumerable())
            {
                await store.WriteBatchAsync(rows, count).ConfigureAwait(false);
                if (questdb is not null)
                {
                    for (var i = 0; i < count; i++)
                    {
                        await questdb.WriteAsync(rows[i]).ConfigureAwait(false);
                    }
                }
            }

            if (questdb is not null)
            {
                await questdb.FlushAsync().ConfigureAwait(false);
            }
        });
    }

    /// <summary>Adds a row (graph thread only).</summary>
    public void Add(SinkRow row)
    {
        _batch[_count++] = row;
        if (_count == BatchRows)
        {
            _full.Add((_batch, _count));
            _batch = new SinkRow[BatchRows];
            _count = 0;
        }
    }

    /// <summary>Hands over the last partial batch and waits until the writer has passed every row to the store.</summary>
    public async Task CompleteAsync()
    {
        if (_count > 0)
        {
            _full.Add((_batch, _count));
            _batch = new SinkRow[BatchRows];
            _count = 0;
        }

        _full.CompleteAdding();
        await _writer.ConfigureAwait(false);
    }

    public void Dispose() => _full.Dispose();
}
