namespace NQStream.Market.Compression;

/// <summary>
/// Read-only stream that decompresses zstd data from an inner stream, across any number of
/// concatenated frames, with constant memory. Decompresses straight into the caller's buffer.
/// A stream that ends inside a frame raises <see cref="ZstdException"/> ("truncated zstd stream").
/// </summary>
public sealed unsafe class ZstdDecompressStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _in;
    private nint _ds;
    private int _inPos;
    private int _inLen;
    private bool _innerDone;
    private bool _frameOpen;
    private long _compressedConsumed;

    /// <summary>Creates a decompressing reader over <paramref name="inner"/>.</summary>
    public ZstdDecompressStream(Stream inner, bool leaveOpen = false, int inputBufferSize = 0)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _leaveOpen = leaveOpen;
        _in = new byte[inputBufferSize > 0 ? inputBufferSize : Math.Max(128 * 1024, (int)LibZstd.DStreamInSize())];
        _ds = LibZstd.CreateDStream();
        if (_ds == 0)
        {
            throw new ZstdException("ZSTD_createDStream failed");
        }

        Check(LibZstd.InitDStream(_ds));
    }

    /// <summary>Compressed bytes consumed so far (for error offsets).</summary>
    public long CompressedPosition => _compressedConsumed;

    /// <inheritdoc />
    public override bool CanRead => true;
    /// <inheritdoc />
    public override bool CanSeek => false;
    /// <inheritdoc />
    public override bool CanWrite => false;
    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_ds == 0, this);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        fixed (byte* dst = buffer)
        fixed (byte* src = _in)
        {
            var output = new LibZstd.OutBuffer { Dst = dst, Size = (nuint)buffer.Length, Pos = 0 };
            while (true)
            {
                if (_inPos == _inLen && !_innerDone)
                {
                    _inLen = _inner.Read(_in, 0, _in.Length);
                    _inPos = 0;
                    _innerDone = _inLen == 0;
                }

                if (_inPos == _inLen && _innerDone)
                {
                    // Input exhausted: flush whatever the decoder still holds, then judge completeness.
                    var drain = new LibZstd.InBuffer { Src = src, Size = 0, Pos = 0 };
                    var r = LibZstd.DecompressStream(_ds, &output, &drain);
                    Check(r);
                    if (output.Pos > 0)
                    {
                        return (int)output.Pos;
                    }

                    if (_frameOpen)
                    {
                        throw new ZstdException($"truncated zstd stream: input ended inside a frame after {_compressedConsumed} compressed bytes");
                    }

                    return 0;
                }

                var input = new LibZstd.InBuffer { Src = src + _inPos, Size = (nuint)(_inLen - _inPos), Pos = 0 };
                var ret = LibZstd.DecompressStream(_ds, &output, &input);
                Check(ret);
                _inPos += (int)input.Pos;
                _compressedConsumed += (long)input.Pos;
                _frameOpen = ret != 0;
                if (output.Pos == output.Size || (output.Pos > 0 && _inPos == _inLen))
                {
                    return (int)output.Pos;
                }
            }
        }
    }

    private void Check(nuint code)
    {
        if (LibZstd.IsError(code))
        {
            throw new ZstdException($"corrupt zstd data near compressed byte {_compressedConsumed}: {LibZstd.ErrorName(code)}");
        }
    }

    /// <inheritdoc />
    public override void Flush() { }
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (_ds != 0)
        {
            LibZstd.FreeDStream(_ds);
            _ds = 0;
        }

        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
