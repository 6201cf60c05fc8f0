using System.Runtime.InteropServices;

namespace NQStream.Core.Edges;

/// <summary>
/// A first-in first-out queue of unmanaged items on disk: items are appended as raw bytes and read back
/// in order. The file is truncated whenever the reader catches up, and deleted on dispose.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SpillFile<T> : IDisposable
    where T : unmanaged
{
    private readonly FileStream _writer;
    private readonly FileStream _reader;
    private long _written;
    private long _read;
    private bool _dirty;

    /// <summary>Creates a spill file in <paramref name="directory"/>.</summary>
    public SpillFile(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}.spill");
        _writer = new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        _reader = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
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

        _reader.ReadExactly(MemoryMarshal.AsBytes(new Span<T>(ref item)));
        _read++;
        if (_read == _written)
        {
            // Caught up: start the file over so it never grows beyond the longest stall.
            _writer.SetLength(0);
            _writer.Position = 0;
            _reader.Position = 0;
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
