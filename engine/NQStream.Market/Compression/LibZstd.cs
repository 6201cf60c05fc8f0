using System.Runtime.InteropServices;

namespace NQStream.Market.Compression;

/// <summary>
/// P/Invoke surface of the system's <c>libzstd.so.1</c> (Debian <c>libzstd1</c>); the streaming API only
/// (docs/dbn.md §8.2). Every <c>size_t</c> result must be checked with <see cref="IsError"/>.
/// </summary>
internal static unsafe partial class LibZstd
{
    private const string Lib = "libzstd.so.1";

    [StructLayout(LayoutKind.Sequential)]
    internal struct InBuffer
    {
        public byte* Src;
        public nuint Size;
        public nuint Pos;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct OutBuffer
    {
        public byte* Dst;
        public nuint Size;
        public nuint Pos;
    }

    internal const int EndOpContinue = 0;
    internal const int EndOpFlush = 1;
    internal const int EndOpEnd = 2;

    [LibraryImport(Lib, EntryPoint = "ZSTD_createDStream")]
    internal static partial nint CreateDStream();

    [LibraryImport(Lib, EntryPoint = "ZSTD_initDStream")]
    internal static partial nuint InitDStream(nint zds);

    [LibraryImport(Lib, EntryPoint = "ZSTD_decompressStream")]
    internal static partial nuint DecompressStream(nint zds, OutBuffer* output, InBuffer* input);

    [LibraryImport(Lib, EntryPoint = "ZSTD_freeDStream")]
    internal static partial nuint FreeDStream(nint zds);

    [LibraryImport(Lib, EntryPoint = "ZSTD_DStreamInSize")]
    internal static partial nuint DStreamInSize();

    [LibraryImport(Lib, EntryPoint = "ZSTD_isError")]
    internal static partial uint IsErrorCode(nuint code);

    [LibraryImport(Lib, EntryPoint = "ZSTD_getErrorName")]
    internal static partial nint GetErrorName(nuint code);

    [LibraryImport(Lib, EntryPoint = "ZSTD_versionNumber")]
    internal static partial uint VersionNumber();

    [LibraryImport(Lib, EntryPoint = "ZSTD_createCStream")]
    internal static partial nint CreateCStream();

    [LibraryImport(Lib, EntryPoint = "ZSTD_initCStream")]
    internal static partial nuint InitCStream(nint zcs, int compressionLevel);

    [LibraryImport(Lib, EntryPoint = "ZSTD_compressStream2")]
    internal static partial nuint CompressStream2(nint cctx, OutBuffer* output, InBuffer* input, int endOp);

    [LibraryImport(Lib, EntryPoint = "ZSTD_freeCStream")]
    internal static partial nuint FreeCStream(nint zcs);

    [LibraryImport(Lib, EntryPoint = "ZSTD_CStreamOutSize")]
    internal static partial nuint CStreamOutSize();

    internal static bool IsError(nuint code) => IsErrorCode(code) != 0;

    internal static string ErrorName(nuint code) => Marshal.PtrToStringAnsi(GetErrorName(code)) ?? "unknown zstd error";
}
