namespace NQStream.Feeds.Lobster;

/// <summary>
/// Reads LF-terminated lines from a stream into one reusable buffer (a trailing CR is dropped). The span
/// a call returns is valid until the next call. No allocation per line.
/// </summary>
internal sealed class CsvLineReader : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private bool _eof;

    public CsvLineReader(Stream stream) => _stream = stream;

    /// <summary>1-based number of the line returned last.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line; false at the end of the stream. Throws <see cref="InvalidDataException"/> for a line over 64 KiB.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var idx = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                line = Trim(_buffer.AsSpan(_start, idx));
                _start += idx + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = Trim(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new InvalidDataException($"line {LineNumber + 1} is longer than {BufferSize} bytes");
        }

        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }

        _end += n;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s) => s.Length > 0 && s[^1] == (byte)'\r' ? s[..^1] : s;
}
