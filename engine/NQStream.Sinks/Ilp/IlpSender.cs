using System.Diagnostics;
using NQStream.Sinks.Ilp.Spill;
using NQStream.Sinks.Ilp.Transport;
using NQStream.Sinks.Rows;

namespace NQStream.Sinks.Ilp;

/// <summary>
/// Sends rows to QuestDB (or any ILP peer). One buffer per table, so each flush sends one request — one QuestDB
/// transaction — per table. Auto-flush by rows, bytes, and <c>auto_flush_interval</c> as a real timer (the
/// official .NET client only checks the interval when a row is added). Flushes and appends are serialised;
/// one sender per writer task. Transient failures are retried (Polly) within <c>retry_timeout</c>; a batch that
/// outlives the window goes to the spill file (when <see cref="IlpSenderOptions.SpillDirectory"/> is set) and is
/// replayed in order when the server is back — nothing lost; re-sends are made harmless by DEDUP UPSERT KEYS.
/// A batch the server rejects (e.g. 400 <c>invalid</c>) is dropped and reported by <see cref="IlpServerException"/>.
/// </summary>
[DebuggerDisplay("{Options}: {RowsDelivered} delivered, {RowsSpilled} spilled")]
public sealed partial class IlpSender : IAsyncDisposable
{
    private readonly IIlpTransport _transport;
    private readonly SpillFile? _spill;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, IlpBuffer> _buffers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _timerLoop;
    private IlpProtocolVersion? _version;
    private long _lastFlush = Stopwatch.GetTimestamp();
    private int _rows;
    private long _bytes;
    private Exception? _backgroundError;

    private IlpSender(IlpSenderOptions options, IIlpTransport transport)
    {
        Options = options;
        _transport = transport;
        if (options.SpillDirectory is not null)
        {
            _spill = new SpillFile(options.SpillDirectory, options.SpillFsync);
        }

        var period = options.AutoFlush && options.AutoFlushInterval > TimeSpan.Zero ? options.AutoFlushInterval
            : _spill is not null ? TimeSpan.FromSeconds(1) : TimeSpan.Zero;
        _timerLoop = period > TimeSpan.Zero ? TimerLoopAsync(period) : Task.CompletedTask;
    }

    /// <summary>The sender's settings.</summary>
    public IlpSenderOptions Options { get; }

    /// <summary>Rows acknowledged by the server (HTTP 204) or written to the TCP socket, spill replays included.</summary>
    public long RowsDelivered { get; private set; }

    /// <summary>Rows written to the spill file because the server was unreachable past the retry window.</summary>
    public long RowsSpilled { get; private set; }

    /// <summary>Rows the server refused (not retriable); each refusal was also thrown as <see cref="IlpServerException"/>.</summary>
    public long RowsRejected { get; private set; }

    /// <summary>True while spilled batches wait for delivery.</summary>
    public bool HasSpilled => _spill?.HasPending ?? false;

    /// <summary>Rows in memory, not yet flushed.</summary>
    public int PendingRows => Volatile.Read(ref _rows);

    /// <summary>Creates a sender from a configuration string (docs/ops.md §1.9).</summary>
    public static IlpSender Create(string config) => Create(IlpSenderOptions.Parse(config));

    /// <summary>Creates a sender from options.</summary>
    public static IlpSender Create(IlpSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IIlpTransport transport = options.IsHttp ? new HttpIlpTransport(options) : new TcpIlpTransport(options);
        return new IlpSender(options, transport);
    }

    /// <summary>Appends one row; flushes when an auto-flush threshold is reached.</summary>
    public async ValueTask WriteAsync(SinkRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowBackgroundError();
            var buffer = await BufferForAsync(row.Table.Name, cancellationToken).ConfigureAwait(false);
            int before = buffer.Length;
            IlpRowWriter.Append(buffer, row);
            _bytes += buffer.Length - before;
            Volatile.Write(ref _rows, _rows + 1);
            if (ShouldAutoFlush())
            {
                await FlushCoreAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Sends every buffered row (and any spilled backlog first); spills when the server stays down.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowBackgroundError();
            await FlushCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Flushes, stops the timer and releases buffers and connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _timerLoop.ConfigureAwait(false);
        try
        {
            await FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var buffer in _buffers.Values)
            {
                buffer.Dispose();
            }

            _transport.Dispose();
            _spill?.Dispose();
            _stop.Dispose();
            _gate.Dispose();
        }
    }

    private async ValueTask<IlpBuffer> BufferForAsync(string table, CancellationToken cancellationToken)
    {
        if (_buffers.TryGetValue(table, out var buffer))
        {
            return buffer;
        }

        _version ??= await _transport.ResolveVersionAsync(cancellationToken).ConfigureAwait(false);
        buffer = new IlpBuffer(_version.Value, Options.InitBufferSize, Options.MaxBufferSize, Options.MaxNameLength);
        _buffers.Add(table, buffer);
        return buffer;
    }

    private bool ShouldAutoFlush()
    {
        var o = Options;
        return o.AutoFlush
            && ((o.AutoFlushRows > 0 && _rows >= o.AutoFlushRows)
                || (o.AutoFlushBytes > 0 && _bytes >= o.AutoFlushBytes)
                || (o.AutoFlushInterval > TimeSpan.Zero && Stopwatch.GetElapsedTime(_lastFlush) >= o.AutoFlushInterval));
    }

    private void ThrowBackgroundError()
    {
        if (_backgroundError is { } error)
        {
            _backgroundError = null;
            throw error;
        }
    }
}
