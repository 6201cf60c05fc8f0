using System.Collections.Concurrent;
using NQStream.Market.Dbn;

namespace NQStream.Feeds.Simulation;

/// <summary>
/// Hands 1 MiB blocks of finished records to a writer thread that compresses them into a
/// <see cref="DbnWriter"/>, so generation and zstd run on two cores. Blocks are written in submission
/// order, so the output does not depend on thread timing; a fixed pool of buffers bounds memory and
/// slows the generator when the writer falls behind.
/// </summary>
internal sealed class BlockPipeline : IDisposable
{
    public const int BlockSize = 1 << 20;

    private readonly DbnWriter _writer;
    private readonly BlockingCollection<(byte[] Buffer, int Length)> _full = new(4);
    private readonly BlockingCollection<byte[]> _free = [];
    private readonly Thread _thread;
    private Exception? _error;

    public BlockPipeline(DbnWriter writer, int buffers = 6)
    {
        _writer = writer;
        for (var i = 0; i < buffers; i++)
        {
            _free.Add(new byte[BlockSize]);
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "sim-dbn-writer" };
        _thread.Start();
    }

    public byte[] Rent()
    {
        ThrowIfFailed();
        return _free.Take();
    }

    public void Submit(byte[] buffer, int length)
    {
        ThrowIfFailed();
        _full.Add((buffer, length));
    }

    /// <summary>Waits until every submitted block is written, then finishes the file.</summary>
    public void Complete()
    {
        if (!_full.IsAddingCompleted)
        {
            _full.CompleteAdding();
        }

        _thread.Join();
        ThrowIfFailed();
        _writer.Dispose();
    }

    public void Dispose()
    {
        if (!_full.IsAddingCompleted)
        {
            _full.CompleteAdding();
            _thread.Join();
            _writer.Dispose();
        }

        _full.Dispose();
        _free.Dispose();
    }

    private void Run()
    {
        foreach (var (buffer, length) in _full.GetConsumingEnumerable())
        {
            if (_error is null)
            {
                try
                {
                    _writer.WriteRecords(buffer.AsSpan(0, length));
                }
                catch (Exception ex)
                {
                    _error = ex;
                }
            }

            _free.Add(buffer);
        }
    }

    private void ThrowIfFailed()
    {
        if (_error is not null)
        {
            throw new IOException($"writing the MBO file failed: {_error.Message}", _error);
        }
    }
}
