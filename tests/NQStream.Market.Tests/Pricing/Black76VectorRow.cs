using System.Globalization;
using NQStream.Market.Pricing;

namespace NQStream.Market.Tests.Pricing;

/// <summary>One row of shared/data/black76_vectors.csv, with the number of decimals each value was printed with.</summary>
internal sealed class Black76VectorRow
{
    private static readonly string[] Columns =
    [
        "case", "F", "K", "T_years", "r", "sigma", "type", "price_pts", "delta", "gamma_per_pt", "vega_per_1.00vol",
        "theta_per_year", "iv_roundtrip", "premium_usd_1lot_x20", "delta_usd_per_pt_x20", "dollar_gamma_1pct_x20",
    ];

    private readonly Dictionary<string, string> _fields;

    private Black76VectorRow(Dictionary<string, string> fields, int lineNumber)
    {
        _fields = fields;
        LineNumber = lineNumber;
    }

    public int LineNumber { get; }

    public string Case => _fields["case"];

    public double F => Value("F");

    public double K => Value("K");

    public double T => Value("T_years");

    public double R => Value("r");

    public double Sigma => Value("sigma");

    public OptionType Type => _fields["type"] switch
    {
        "C" => OptionType.Call,
        "P" => OptionType.Put,
        var other => throw new FormatException($"black76_vectors.csv line {LineNumber}, column type: expected C or P, got '{other}'"),
    };

    /// <summary>Checks the header names the columns algorithms.md §3 documents, in that order.</summary>
    public static void CheckHeader(string header)
    {
        if (!header.Split(',').SequenceEqual(Columns))
        {
            throw new FormatException($"black76_vectors.csv line 1: expected header '{string.Join(',', Columns)}', got '{header}'");
        }
    }

    public static Black76VectorRow Parse(string line, int lineNumber)
    {
        var parts = line.Split(',');
        if (parts.Length != Columns.Length)
        {
            throw new FormatException($"black76_vectors.csv line {lineNumber}: expected {Columns.Length} fields, got {parts.Length}");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < Columns.Length; i++)
        {
            fields[Columns[i]] = parts[i];
        }

        return new Black76VectorRow(fields, lineNumber);
    }

    public double Value(string column)
    {
        var text = _fields[column];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"black76_vectors.csv line {LineNumber}, column {column}: expected a number, got '{text}'");
    }

    /// <summary>Half a unit of the last printed decimal of <paramref name="column"/> (the documented tolerance).</summary>
    public double HalfUnit(string column)
    {
        var text = _fields[column];
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }
}
