using System.Globalization;

namespace NQStream.Sinks.Tests.Ilp;

/// <summary>
/// The shared corpus: hand-picked rows for every escaping rule, forbidden characters, Unicode and edge doubles,
/// plus seeded random rows drawn from an alphabet of the characters that matter.
/// </summary>
internal static class IlpCorpusGenerator
{
    private const string Alphabet = "ab Z9_ ,=\\\n\r\"'.-:/?~*%()+éß日本📈\t";

    public static readonly double[] EdgeDoubles =
    [
        0.0, -0.0, 1.5, 21000.25, -3.75, 0.1, 1.0 / 3.0, 1e100, -1e100, 1e-6, 1e-7, 1e21, 1e20, 123456789012345680.0,
        double.Epsilon, double.MaxValue, double.MinValue, 2.2250738585072014E-308, 9007199254740993.0, 4.35,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    public static List<CorpusRow> Build(int randomRows = 700, int seed = 20261121)
    {
        var rows = new List<CorpusRow>
        {
            new("mbo events", [("symbol", "NQZ5 C21000"), ("side", "B")],
                [("price", "float", "21000.25"), ("size", "int", "3"), ("note", "string", "say \"hi\"\\x"), ("snapshot", "bool", "false"), ("ts_recv", "ts_us", "1700000000123456")],
                1700000000123456789),
            new("t", [("k", "a=b,c\\d\ne\rf g\"h")], [("x", "int", "1")], 1),
            new("test 1=2", [("sym bol=", "v")], [("col =x", "string", "a,b=c d\"e\\f\ng\rh")], 5),
            new("foobar.csv", [], [("v", "bool", "true")], null),
            new("données", [("größe", "日本 📈")], [("prix€", "string", "📈 \"up\"")], 42),
            new("ts", [], [("a", "ts_ns", "1700000000123456789"), ("b", "ts_us", "-5"), ("c", "ts_ns", "-1999")], -7),
            new("ints", [], [("min", "int", "-9007199254740991"), ("max", "int", "9007199254740991"), ("zero", "int", "0")], 0),
            new("onlysym", [("s", "")], [], 3),
            new("emptystr", [], [("s", "string", "")], 3),
        };
        foreach (double d in EdgeDoubles)
        {
            rows.Add(new("doubles", [("case", "edge")], [("v", "float", Text(d))], 1000));
        }

        foreach (string bad in new[] { "", ".t", "t.", "a..b", "a,b", "a/b", "a\\b", "a\"b", "a:b", "a\tb", "a\nb", "a\u007fb", "a\ufeffb", "a?b", "a(b", "a~b" })
        {
            rows.Add(new(bad, [], [("v", "int", "1")], 1));
        }

        foreach (string bad in new[] { "", "a.b", "a-b", "a,b", "a+b", "a*b", "a%b", "a'b", "a\rb" })
        {
            rows.Add(new("t", [], [(bad, "int", "1")], 1));
            rows.Add(new("t", [(bad, "v")], [], 1));
        }

        rows.Add(new("t", [], [], 1));
        var random = new Random(seed);
        for (int i = 0; i < randomRows; i++)
        {
            rows.Add(RandomRow(random));
        }

        return rows;
    }

    public static string Text(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private static CorpusRow RandomRow(Random r)
    {
        string table = r.Next(4) == 0 ? Word(r, 1, 6) : "tbl" + Word(r, 0, 3).Replace(",", "", StringComparison.Ordinal);
        var symbols = new (string, string)[r.Next(0, 3)];
        for (int i = 0; i < symbols.Length; i++)
        {
            symbols[i] = (SafeName(r) + Word(r, 0, 2, nameSafe: true), Word(r, 0, 8));
        }

        var columns = new (string, string, string)[r.Next(symbols.Length == 0 ? 1 : 0, 5)];
        for (int i = 0; i < columns.Length; i++)
        {
            string name = r.Next(8) == 0 ? Word(r, 1, 4) : SafeName(r) + i.ToString(CultureInfo.InvariantCulture);
            columns[i] = r.Next(6) switch
            {
                0 => (name, "int", r.NextInt64(-9007199254740991, 9007199254740991).ToString(CultureInfo.InvariantCulture)),
                1 => (name, "float", Text(r.Next(3) == 0 ? EdgeDoubles[r.Next(EdgeDoubles.Length)] : (r.NextDouble() - 0.5) * Math.Pow(10, r.Next(-12, 20)))),
                2 => (name, "bool", r.Next(2) == 0 ? "true" : "false"),
                3 => (name, "string", Word(r, 0, 12)),
                4 => (name, "ts_us", r.NextInt64(0, 4_000_000_000_000_000).ToString(CultureInfo.InvariantCulture)),
                _ => (name, "ts_ns", r.NextInt64(0, long.MaxValue).ToString(CultureInfo.InvariantCulture)),
            };
        }

        long? ts = r.Next(10) == 0 ? null : r.NextInt64(0, long.MaxValue);
        return new(table, symbols, columns, ts);
    }

    private static string SafeName(Random r) => ((char)('a' + r.Next(26))).ToString();

    private static string Word(Random r, int min, int max, bool nameSafe = false)
    {
        var chars = new System.Text.StringBuilder();
        int n = r.Next(min, max + 1);
        for (int i = 0; i < n; i++)
        {
            int idx = r.Next(Alphabet.Length);
            if (char.IsSurrogate(Alphabet[idx]))
            {
                int start = char.IsLowSurrogate(Alphabet[idx]) ? idx - 1 : idx;
                chars.Append(Alphabet, start, 2);
                continue;
            }

            char ch = Alphabet[idx];
            if (nameSafe && (ch < ' ' || ",.-\\\"'/:?~*%()+\u007f".Contains(ch, StringComparison.Ordinal)))
            {
                ch = '_';
            }

            chars.Append(ch);
        }

        return chars.ToString();
    }
}
