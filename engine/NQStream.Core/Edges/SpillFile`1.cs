using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NQStream.Core.Edges;

/// <summary>
/// A first-in first-out queue of unmanaged items on disk: items are appended as raw bytes (buffered) and
/// read back in order with positional reads. The file is truncated whenever the reader catches up, and
/// deleted on dispose.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SpillFile<T> : IDisposable
    where T : unmanaged
{
    private readonly FileStream _writer;
    private readonly SafeFileHandle _reader;
    private long _written;
    private long _read;
    private long _readOffset;
    private bool _dirty;

    /// <summary>Creates a spill file in <paramref name="directory"/>.</summary>
    public SpillFile(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}.spill");
        _writer = new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        _reader = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>The file path.</summary>
    public string Path { get; }

    /// <summary>Items written and not yet read back.</summary>
    public long Count => _written - _read;

    /// <summary>Appends one item.</summary>
    public void Append(in T item)
    {
        _writer.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in item)));
        _written++;
        _dirty = true;
    }

    /// <summary>Reads the oldest item; false when empty.</summary>
    public bool TryRead(out T item)
    {
        item = default;
        if (Count == 0)
        {
            return false;
        }

        if (_dirty)
        {
            _writer.Flush();
            _dirty = false;
        }

        var bytes = MemoryMarshal.AsBytes(new Span<T>(ref item));
        var got = 0;
        while (got < bytes.Length)
        {
            var n = RandomAccess.Read(_reader, bytes[got..], _readOffset + got);
            if (n == 0)
            {
                throw new EndOfStreamException($"spill file '{Path}' ended at byte {_readOffset + got}, expected {Count} more items");
            }

            got += n;
        }

        _readOffset += bytes.Length;
        _read++;
        if (_read == _written)
        {
            // Caught up: start the file over so it never grows beyond the longest stall.
            _writer.SetLength(0);
            _writer.Position = 0;
            _readOffset = 0;
            _read = _written = 0;
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        File.Delete(Path);
    }
}
