using System.Text.Json;
using System.Text.RegularExpressions;
using NQStream.TestSupport;
using YamlDotNet.RepresentationModel;

namespace NQStream.IntegrationTests.Ops;

/// <summary>Every PromQL expression the repository ships: rule files and Prometheus dashboard targets.</summary>
public static partial class PromQlCatalog
{
    /// <summary>The rule files in prometheus/rules.</summary>
    public static IReadOnlyList<string> RuleFiles =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "prometheus", "rules"), "*.yml").Order(StringComparer.Ordinal)];

    /// <summary>The dashboards in grafana/dashboards.</summary>
    public static IReadOnlyList<string> DashboardFiles =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "grafana", "dashboards"), "*.json").Order(StringComparer.Ordinal)];

    /// <summary>(where, expression) of every rule's <c>expr</c>.</summary>
    public static IEnumerable<(string Where, string Expr)> FromRules()
    {
        foreach (string file in RuleFiles)
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (YamlMappingNode group in ((YamlSequenceNode)root["groups"]).Cast<YamlMappingNode>())
            {
                foreach (YamlMappingNode rule in ((YamlSequenceNode)group["rules"]).Cast<YamlMappingNode>())
                {
                    string name = rule.Children.TryGetValue("alert", out YamlNode? a) ? a.ToString() : rule["record"].ToString();
                    yield return ($"{Path.GetFileName(file)}:{name}", rule["expr"].ToString());
                }
            }
        }
    }

    /// <summary>(where, raw expression) of every Prometheus target and query variable of every dashboard.</summary>
    public static IEnumerable<(string Where, string Expr)> FromDashboards()
    {
        foreach (string file in DashboardFiles)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement panel in DashboardModel.Panels(doc.RootElement))
            {
                if (!panel.TryGetProperty("targets", out JsonElement targets))
                {
                    continue;
                }

                foreach (JsonElement target in targets.EnumerateArray())
                {
                    if (target.TryGetProperty("expr", out JsonElement expr))
                    {
                        yield return ($"{Path.GetFileName(file)}:panel {panel.GetProperty("id").GetInt32()} {target.GetProperty("refId").GetString()}", expr.GetString()!);
                    }
                }
            }

            if (doc.RootElement.TryGetProperty("templating", out JsonElement templating))
            {
                foreach (JsonElement variable in templating.GetProperty("list").EnumerateArray())
                {
                    if (variable.GetProperty("type").GetString() == "query")
                    {
                        yield return ($"{Path.GetFileName(file)}:variable {variable.GetProperty("name").GetString()}",
                            variable.GetProperty("query").GetProperty("query").GetString()!);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Makes a dashboard expression plain PromQL the way Grafana would: <c>$__rate_interval</c> → 1m,
    /// <c>$__interval</c> → 15s, <c>$__range</c> → 1h, template variables → <c>.*</c> (All), and
    /// <c>label_values(m, l)</c> → <c>group by (l) (m)</c>.
    /// </summary>
    public static string ToPromQl(string expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        Match lv = LabelValues().Match(expr);
        if (lv.Success)
        {
            return $"group by ({lv.Groups[2].Value}) ({lv.Groups[1].Value})";
        }

        return Variable().Replace(
            expr.Replace("$__rate_interval", "1m", StringComparison.Ordinal)
                .Replace("$__interval", "15s", StringComparison.Ordinal)
                .Replace("$__range", "1h", StringComparison.Ordinal),
            ".*");
    }

    /// <summary>Metric names (not label names, functions or keywords) referenced by an expression.</summary>
    public static IEnumerable<string> MetricNames(string promql)
    {
        ArgumentNullException.ThrowIfNull(promql);
        string withoutStrings = QuotedString().Replace(promql, "\"\"");
        string withoutGroupings = Grouping().Replace(withoutStrings, string.Empty);
        foreach (Match m in Identifier().Matches(withoutGroupings))
        {
            string name = m.Value;
            bool isCall = m.Index + name.Length < withoutGroupings.Length && withoutGroupings[m.Index + name.Length] == '(';
            if (!isCall && !Keywords.Contains(name) && (name.Contains('_', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal) || name == "up"))
            {
                yield return name;
            }
        }
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "offset", "bool", "le",
    };

    [GeneratedRegex(@"^\s*label_values\(\s*([^,]+?)\s*,\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)\s*$")]
    private static partial Regex LabelValues();

    [GeneratedRegex(@"\$\{?[a-zA-Z_][a-zA-Z0-9_]*\}?")]
    private static partial Regex Variable();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![a-zA-Z0-9_:.$\[])[a-zA-Z_:][a-zA-Z0-9_:]*(?![a-zA-Z0-9_:]*\s*=)")]
    private static partial Regex Identifier();
}
