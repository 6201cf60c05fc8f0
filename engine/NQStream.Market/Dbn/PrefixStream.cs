namespace NQStream.Market.Dbn;

/// <summary>Replays bytes already read for format sniffing, then continues with the inner stream.</summary>
internal sealed class PrefixStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int _pos;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_pos < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _pos);
            prefix.AsSpan(_pos, n).CopyTo(buffer);
            _pos += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
