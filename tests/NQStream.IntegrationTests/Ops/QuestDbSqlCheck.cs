using System.Text.RegularExpressions;
using NQStream.Sinks.Store;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// Checks that a QuestDB query references only tables and columns of <see cref="StoreSchema"/> (the source of
/// questdb/schema.sql). Not a SQL parser: string literals and Grafana macros are blanked (<c>$__timeFilter(c)</c>
/// keeps its column), the names after FROM/JOIN are the tables (an optional alias may follow), <c>AS x</c> defines
/// an output alias, names followed by <c>(</c> are functions, SQL keywords are skipped, and every other name must be
/// a column of one of the query's tables (<c>t.c</c>: of table or alias <c>t</c>). A keyword missing from the list
/// below shows up as an unknown column, so the check errs on the side of failing.
/// </summary>
public static partial class QuestDbSqlCheck
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "select", "from", "where", "and", "or", "not", "as", "order", "by", "asc", "desc", "limit", "offset", "sample",
        "align", "to", "calendar", "first", "observation", "fill", "none", "null", "prev", "linear", "latest", "on",
        "partition", "group", "having", "in", "is", "like", "ilike", "between", "case", "when", "then", "else", "end",
        "distinct", "join", "left", "inner", "outer", "cross", "asof", "lt", "splice", "true", "false", "with", "union",
        "all", "except", "intersect", "time", "zone", "interval", "cast", "timestamp", "symbol", "double", "long", "int",
        "varchar", "string", "boolean",
    };

    /// <summary>One message per unknown table or column; empty when every name exists.</summary>
    public static IReadOnlyList<string> Check(string where, string sql)
    {
        var problems = new List<string>();
        string text = Blank(sql);
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var tables = new Dictionary<string, TableSchema>(StringComparer.OrdinalIgnoreCase);
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skip = new HashSet<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Equals("from", StringComparison.OrdinalIgnoreCase) || tokens[i].Equals("join", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 >= tokens.Count || !IsName(tokens[i + 1]))
                {
                    problems.Add($"{where}: no table name after {tokens[i].ToUpperInvariant()}");
                    continue;
                }

                string name = tokens[i + 1];
                skip.Add(i + 1);
                var table = StoreSchema.All.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (table is null)
                {
                    problems.Add($"{where}: table '{name}' is not in questdb/schema.sql (tables: {string.Join(", ", StoreSchema.All.Select(t => t.Name))})");
                    continue;
                }

                tables[name] = table;
                if (i + 2 < tokens.Count && IsName(tokens[i + 2]) && !Keywords.Contains(tokens[i + 2]))
                {
                    tables[tokens[i + 2]] = table;
                    skip.Add(i + 2);
                }
            }
            else if (tokens[i].Equals("as", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && IsName(tokens[i + 1]))
            {
                aliases.Add(tokens[i + 1]);
                skip.Add(i + 1);
            }
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            bool function = i + 1 < tokens.Count && tokens[i + 1] == "(";
            if (!IsName(token) || skip.Contains(i) || function || Keywords.Contains(token) || aliases.Contains(token) || tables.ContainsKey(token))
            {
                continue;
            }

            // t.c: the column must belong to table (or alias) t.
            if (i >= 2 && tokens[i - 1] == "." && tables.TryGetValue(tokens[i - 2], out var owner))
            {
                if (!HasColumn(owner, token))
                {
                    problems.Add($"{where}: column '{tokens[i - 2]}.{token}' is not in table {owner.Name}");
                }

                continue;
            }

            if (tables.Count > 0 && !tables.Values.Any(t => HasColumn(t, token)))
            {
                problems.Add($"{where}: column '{token}' is not in {string.Join(" or ", tables.Values.Distinct().Select(t => t.Name))} " +
                    $"({string.Join(", ", tables.Values.Distinct().SelectMany(t => t.Columns).Select(c => c.Name).Distinct())})");
            }
        }

        return problems;
    }

    private static bool HasColumn(TableSchema table, string name) =>
        table.Columns.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static bool IsName(string token) => char.IsLetter(token[0]) || token[0] == '_';

    /// <summary>Removes string literals and Grafana macros/variables; <c>$__timeFilter(c)</c> becomes <c>c</c>.</summary>
    private static string Blank(string sql)
    {
        string text = StringLiteral().Replace(sql, " 'literal' ");
        text = TimeFilter().Replace(text, " $1 ");
        return Variable().Replace(text, " 0 ");
    }

    [GeneratedRegex("'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\$__timeFilter\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)")]
    private static partial Regex TimeFilter();

    [GeneratedRegex(@"\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Variable();

    [GeneratedRegex(@"'literal'|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[(),.*]|[^\sA-Za-z0-9_(),.*]+")]
    private static partial Regex Token();
}
