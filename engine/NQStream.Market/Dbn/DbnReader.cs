using System.Buffers.Binary;
using NQStream.Market.Compression;
using NQStream.Market.Dbn.Layout;

namespace NQStream.Market.Dbn;

/// <summary>
/// Streaming DBN decoder for plain and zstd (multi-frame) input with constant memory. Reads DBN v1-v3,
/// upgrading older records to the v3 in-memory form by default. <see cref="TryRead"/> allocates
/// nothing per record: the returned <see cref="DbnRecord"/> points into the reader's buffer.
/// </summary>
public sealed partial class DbnReader : IDisposable
{
    private const long MaxMetadataLength = 64L << 20;

    private readonly Stream? _stream;
    private readonly DbnReaderOptions _options;
    private readonly byte[] _scratch = new byte[DbnConstants.MaxRecordLength + 8];
    private readonly int[] _expectedLength = new int[256];
    private readonly RecordLayout?[] _layouts = new RecordLayout?[256];
    private readonly bool[] _upgrade = new bool[256];
    private byte[] _buf;
    private int _start;
    private int _end;
    private long _bufBase;
    private bool _tsOut;

    private DbnReader(Stream? stream, byte[] buffer, int length, string source, DbnReaderOptions options)
    {
        _stream = stream;
        _buf = buffer;
        _end = length;
        Source = source;
        _options = options;
    }

    /// <summary>Name of the input used in error messages (the file path).</summary>
    public string Source { get; }

    /// <summary>The metadata header; null for fragments.</summary>
    public DbnMetadata? Metadata { get; private set; }

    /// <summary>DBN version of the input as stored.</summary>
    public byte Version { get; private set; }

    /// <summary>Whether the input was zstd-compressed.</summary>
    public bool Compressed { get; private set; }

    /// <summary>Records returned so far.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Offset in the decompressed stream of the next unread byte.</summary>
    public long Position => _bufBase + _start;

    /// <summary>Opens a DBN file (plain or zstd), detecting the format from its first bytes.</summary>
    public static DbnReader Open(string path, DbnReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream fs;
        try
        {
            fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DbnFormatException(path, 0, "file not found", ex);
        }

        return Open(fs, path, options);
    }

    /// <summary>Opens a DBN stream (plain or zstd). The reader owns and disposes the stream.</summary>
    public static DbnReader Open(Stream stream, string source, DbnReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DbnReaderOptions.Default;
        var reader = new DbnReader(null, [], 0, source, options);
        try
        {
            var inner = reader.Sniff(stream);
            var r = new DbnReader(inner, new byte[Math.Max(4096, options.BufferSize)], 0, source, options)
            {
                Compressed = reader.Compressed,
            };
            r.Start();
            return r;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Decodes an in-memory buffer without copying it (plain DBN only).</summary>
    public static DbnReader FromBuffer(byte[] buffer, int length, string source, DbnReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var r = new DbnReader(null, buffer, length, source, options ?? DbnReaderOptions.Default);
        if (length >= 4 && buffer[0] == 0x28 && buffer[1] == 0xB5 && buffer[2] == 0x2F && buffer[3] == 0xFD)
        {
            throw new DbnFormatException(source, 0, "zstd-compressed input: use Open(stream) for compressed buffers");
        }

        r.Start();
        return r;
    }

    private Stream Sniff(Stream stream)
    {
        var head = new byte[16];
        var n = ReadAtLeast(stream, head);
        if (n == 0)
        {
            throw new DbnFormatException(Source, 0, "empty file (expected a DBN header: 'DBN' + version, or a zstd frame)");
        }

        if (n >= 12 && head[0] is >= 0x50 and <= 0x5F && head[1] == 0x2A && head[2] == 0x4D && head[3] == 0x18)
        {
            if (head[8] == (byte)'D' && head[9] == (byte)'B' && head[10] == (byte)'Z')
            {
                throw new DbnFormatException(Source, 0,
                    "legacy DBZ file (pre-DBN format, 'version 0') is not supported; convert it to DBN with Databento's dbn CLI");
            }

            throw new DbnFormatException(Source, 0, "zstd skippable frame where a DBN header or zstd frame was expected");
        }

        Stream s = new PrefixStream(head, n, stream);
        if (n >= 4 && head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD)
        {
            Compressed = true;
            s = new ZstdDecompressStream(s);
        }

        return s;
    }

    private static int ReadAtLeast(Stream s, Span<byte> buf)
    {
        var total = 0;
        while (total < buf.Length)
        {
            var n = s.Read(buf[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private void Start()
    {
        if (_options.Fragment)
        {
            Version = _options.FragmentVersion;
            if (Version is < 1 or > DbnConstants.CurrentVersion)
            {
                throw new DbnFormatException(Source, 0, $"fragment version {Version} is not supported (expected 1-3)");
            }

            _tsOut = _options.FragmentTsOut;
        }
        else
        {
            ReadHeader();
        }

        var upgrading = _options.Upgrade && Version < DbnConstants.CurrentVersion;
        for (var rtype = 0; rtype < 256; rtype++)
        {
            var native = DbnLayouts.For((byte)rtype, Version);
            if (native is null)
            {
                continue;
            }

            var v3 = DbnLayouts.For((byte)rtype, DbnConstants.CurrentVersion)!;
            _expectedLength[rtype] = native.Size + (_tsOut ? 8 : 0);
            _upgrade[rtype] = upgrading && !ReferenceEquals(native, v3);
            _layouts[rtype] = _upgrade[rtype] ? v3 : native;
        }

        if (Metadata is not null && upgrading)
        {
            Metadata = Metadata.UpgradedToV3();
        }
    }

    private DbnFormatException NotDbn(ReadOnlySpan<byte> head) =>
        new(Source, 0, $"not a DBN stream: starts with {DbnMetadataCodec.DescribeMagic(head)} (expected 'DBN' 44 42 4E, or zstd 28 B5 2F FD)");

    private void ReadHeader()
    {
        if (!Fill(DbnConstants.PreludeSize))
        {
            var have = _buf.AsSpan(_start, _end - _start);
            if (!have[..Math.Min(3, have.Length)].SequenceEqual(DbnMetadataCodec.Magic[..Math.Min(3, have.Length)]))
            {
                throw NotDbn(have);
            }

            throw new DbnFormatException(Source, _end - _start,
                $"truncated header: {_end - _start} bytes, expected the 8-byte prelude ('DBN', version, length)");
        }

        var p = _buf.AsSpan(_start);
        if (!p[..3].SequenceEqual(DbnMetadataCodec.Magic))
        {
            throw NotDbn(p);
        }

        Version = p[3];
        if (Version is 0 or > DbnConstants.CurrentVersion)
        {
            throw new DbnFormatException(Source, 3, $"unsupported DBN version {Version} (this reader supports 1-3)");
        }

        long length = BinaryPrimitives.ReadUInt32LittleEndian(p[4..]);
        if (length < DbnConstants.MetadataFixedLength)
        {
            throw new DbnFormatException(Source, 4, $"metadata length {length} is below the minimum of 100");
        }

        if (length > MaxMetadataLength)
        {
            throw new DbnFormatException(Source, 4, $"metadata length {length} exceeds the limit of {MaxMetadataLength} bytes");
        }

        _start += DbnConstants.PreludeSize;
        if (length + 16 > _buf.Length)
        {
            Array.Resize(ref _buf, (int)length + _buf.Length);
        }

        if (!Fill((int)length))
        {
            throw new DbnFormatException(Source, Position + (_end - _start),
                $"truncated metadata: declared {length} bytes, the stream ends after {_end - _start}");
        }

        Metadata = DbnMetadataCodec.Parse(_buf.AsSpan(_start, (int)length), Version, Source);
        _tsOut = Metadata.TsOut;
        _start += (int)length;
    }
}
