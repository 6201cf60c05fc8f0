namespace NQStream.Feeds.Barchart;

/// <summary>Column indices of one side (calls left of Strike, puts right of it) of a side-by-side download; -1 = absent.</summary>
internal sealed class CsvSide
{
    public int Last { get; init; } = -1;

    public int Bid { get; init; } = -1;

    public int Ask { get; init; } = -1;

    public int Volume { get; init; } = -1;

    public int OpenInterest { get; init; } = -1;

    public int Premium { get; init; } = -1;

    public int Type { get; init; } = -1;

    /// <summary>Maps columns [from, to) of the header by name; Barchart renamed some over time (Last → Latest).</summary>
    public static CsvSide Map(List<string> header, int from, int to) => new()
    {
        Last = Find(header, from, to, "Last", "Latest"),
        Bid = Find(header, from, to, "Bid"),
        Ask = Find(header, from, to, "Ask"),
        Volume = Find(header, from, to, "Volume"),
        OpenInterest = Find(header, from, to, "Open Int", "Open Interest"),
        Premium = Find(header, from, to, "Premium"),
        Type = Find(header, from, to, "Type"),
    };

    private static int Find(List<string> header, int from, int to, params string[] names)
    {
        for (int i = from; i < to; i++)
        {
            foreach (var name in names)
            {
                if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
