using System.Diagnostics;
using NQStream.Sinks.Ilp.Transport;

namespace NQStream.Sinks.Ilp;

/// <summary>Flushing: per-table requests, spill on outage, in-order replay, the interval timer.</summary>
public sealed partial class IlpSender
{
    private async Task FlushCoreAsync(CancellationToken cancellationToken)
    {
        _lastFlush = Stopwatch.GetTimestamp();
        bool serverDown = _spill is { HasPending: true } && !await DrainSpillAsync(cancellationToken).ConfigureAwait(false);
        IlpServerException? rejected = null;
        foreach (var (table, buffer) in _buffers)
        {
            if (buffer.RowCount == 0)
            {
                continue;
            }

            if (!serverDown)
            {
                try
                {
                    await _transport.SendAsync(buffer.WrittenMemory, retry: true, cancellationToken).ConfigureAwait(false);
                    RowsDelivered += buffer.RowCount;
                }
                catch (IlpServerException ex) when (ex.IsTransient && _spill is not null)
                {
                    serverDown = true;
                }
                catch (IlpServerException ex) when (!ex.IsTransient)
                {
                    RowsRejected += buffer.RowCount;
                    rejected ??= ex;
                }
            }

            if (serverDown)
            {
                // Order is kept: everything after the first undeliverable batch goes behind it in the spill file.
                _spill!.Append(table, buffer.WrittenSpan);
                RowsSpilled += buffer.RowCount;
            }

            Release(buffer);
        }

        if (rejected is not null)
        {
            throw rejected;
        }
    }

    /// <summary>Replays spilled batches in order, one attempt each; false when the server is still unreachable.</summary>
    private async Task<bool> DrainSpillAsync(CancellationToken cancellationToken)
    {
        IlpServerException? rejected = null;
        foreach (var record in _spill!.ReadPending())
        {
            try
            {
                await _transport.SendAsync(record.Payload, retry: false, cancellationToken).ConfigureAwait(false);
                RowsDelivered += CountRows(record.Payload);
            }
            catch (IlpServerException ex) when (ex.IsTransient)
            {
                return false;
            }
            catch (IlpServerException ex)
            {
                // Refused for good: skip it (it would block the backlog forever) and report it.
                RowsRejected += CountRows(record.Payload);
                rejected ??= ex;
            }

            _spill.MarkDelivered(record.End);
        }

        return rejected is null ? true : throw rejected;
    }

    private void Release(IlpBuffer buffer)
    {
        Volatile.Write(ref _rows, _rows - buffer.RowCount);
        _bytes -= buffer.Length;
        buffer.Clear();
    }

    private static int CountRows(ReadOnlySpan<byte> payload)
    {
        // v1 payloads are newline-delimited; v2 binary doubles may hold 0x0A, so this is a report figure only.
        return payload.Count((byte)'\n');
    }

    private async Task TimerLoopAsync(TimeSpan period)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                await _gate.WaitAsync(_stop.Token).ConfigureAwait(false);
                try
                {
                    bool due = _rows > 0 && Stopwatch.GetElapsedTime(_lastFlush) >= period;
                    if (due || (_spill?.HasPending ?? false))
                    {
                        await FlushCoreAsync(_stop.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Surfaced on the writer's next call; the timer keeps running.
                    _backgroundError = ex;
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposal.
        }
    }
}
