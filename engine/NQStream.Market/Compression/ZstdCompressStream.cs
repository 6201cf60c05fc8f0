namespace NQStream.Market.Compression;

/// <summary>
/// Write-only stream that zstd-compresses into an inner stream as one frame. <see cref="Flush"/> makes
/// everything written so far decodable (for live streaming); disposing ends the frame.
/// </summary>
public sealed unsafe class ZstdCompressStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _out;
    private nint _cs;

    /// <summary>Creates a compressing writer; level 1-19 (3 is zstd's default).</summary>
    public ZstdCompressStream(Stream inner, int level = 3, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _leaveOpen = leaveOpen;
        _out = new byte[Math.Max(128 * 1024, (int)LibZstd.CStreamOutSize())];
        _cs = LibZstd.CreateCStream();
        if (_cs == 0)
        {
            throw new ZstdException("ZSTD_createCStream failed");
        }

        Check(LibZstd.InitCStream(_cs, level));
    }

    /// <inheritdoc />
    public override bool CanRead => false;
    /// <inheritdoc />
    public override bool CanSeek => false;
    /// <inheritdoc />
    public override bool CanWrite => true;
    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer) => Compress(buffer, LibZstd.EndOpContinue);

    /// <inheritdoc />
    public override void Flush()
    {
        if (_cs != 0)
        {
            Compress([], LibZstd.EndOpFlush);
            _inner.Flush();
        }
    }

    private void Compress(ReadOnlySpan<byte> data, int endOp)
    {
        ObjectDisposedException.ThrowIf(_cs == 0, this);
        fixed (byte* src = data)
        fixed (byte* dst = _out)
        {
            var input = new LibZstd.InBuffer { Src = src, Size = (nuint)data.Length, Pos = 0 };
            while (true)
            {
                var output = new LibZstd.OutBuffer { Dst = dst, Size = (nuint)_out.Length, Pos = 0 };
                var remaining = LibZstd.CompressStream2(_cs, &output, &input, endOp);
                Check(remaining);
                if (output.Pos > 0)
                {
                    _inner.Write(_out, 0, (int)output.Pos);
                }

                var done = endOp == LibZstd.EndOpContinue ? input.Pos == input.Size : remaining == 0;
                if (done)
                {
                    return;
                }
            }
        }
    }

    private static void Check(nuint code)
    {
        if (LibZstd.IsError(code))
        {
            throw new ZstdException($"zstd compression failed: {LibZstd.ErrorName(code)}");
        }
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (_cs != 0)
        {
            try
            {
                if (disposing)
                {
                    Compress([], LibZstd.EndOpEnd);
                    _inner.Flush();
                }
            }
            finally
            {
                LibZstd.FreeCStream(_cs);
                _cs = 0;
            }
        }

        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
