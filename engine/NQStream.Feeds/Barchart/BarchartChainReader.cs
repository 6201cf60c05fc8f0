using NQStream.Market.Chain;

namespace NQStream.Feeds.Barchart;

/// <summary>Reads a Barchart chain file of either format, chosen by extension (<c>.json</c> or <c>.csv</c>).</summary>
public static class BarchartChainReader
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="BarchartFormatException"/> for an unknown extension or bad content.</summary>
    public static ChainSnapshot Read(string path)
    {
        string extension = Path.GetExtension(path);
        if (string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase))
        {
            return BarchartJsonReader.Read(path);
        }

        if (string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return BarchartCsvReader.Read(path);
        }

        throw new BarchartFormatException(path, null, "file", $"expected a .json (core-api response) or .csv (download) file, got '{extension}'");
    }
}
