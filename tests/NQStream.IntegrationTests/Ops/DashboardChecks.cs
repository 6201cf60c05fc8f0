using System.Text.Json;

namespace NQStream.IntegrationTests.Ops;

/// <summary>
/// The cross-reference checks a JSON schema cannot make (docs/ops.md §9.4): unique panel ids, unique
/// refIds per panel, provisioned datasource uids, grid positions inside 24 columns without overlap.
/// Returns one message per problem.
/// </summary>
public static class DashboardChecks
{
    /// <summary>Problems of one dashboard.</summary>
    public static IEnumerable<string> Check(string name, JsonElement dashboard, IReadOnlySet<string> provisionedUids)
    {
        var ids = new HashSet<int>();
        var cells = new List<(int Id, int X, int Y, int W, int H)>();
        foreach (JsonElement panel in DashboardModel.Panels(dashboard))
        {
            int id = panel.GetProperty("id").GetInt32();
            if (!ids.Add(id))
            {
                yield return $"{name}: panel id {id} is used twice";
            }

            foreach (string problem in CheckDatasource(name, $"panel {id}", panel, provisionedUids))
            {
                yield return problem;
            }

            var refIds = new HashSet<string>(StringComparer.Ordinal);
            if (panel.TryGetProperty("targets", out JsonElement targets))
            {
                foreach (JsonElement target in targets.EnumerateArray())
                {
                    string refId = target.GetProperty("refId").GetString()!;
                    if (!refIds.Add(refId))
                    {
                        yield return $"{name}: panel {id} repeats refId {refId}";
                    }

                    foreach (string problem in CheckDatasource(name, $"panel {id} target {refId}", target, provisionedUids))
                    {
                        yield return problem;
                    }
                }
            }

            JsonElement grid = panel.GetProperty("gridPos");
            var cell = (id, Int(grid, "x"), Int(grid, "y"), Int(grid, "w"), Int(grid, "h"));
            if (cell.Item2 < 0 || cell.Item3 < 0 || cell.Item4 < 1 || cell.Item5 < 1 || cell.Item2 + cell.Item4 > 24)
            {
                yield return $"{name}: panel {id} gridPos x={cell.Item2} w={cell.Item4} y={cell.Item3} h={cell.Item5} does not fit 24 columns";
            }

            foreach (var other in cells)
            {
                bool overlap = cell.Item2 < other.X + other.W && other.X < cell.Item2 + cell.Item4
                    && cell.Item3 < other.Y + other.H && other.Y < cell.Item3 + cell.Item5;
                if (overlap)
                {
                    yield return $"{name}: panel {id} overlaps panel {other.Id}";
                }
            }

            cells.Add(cell);
        }

        if (dashboard.TryGetProperty("templating", out JsonElement templating))
        {
            foreach (JsonElement variable in templating.GetProperty("list").EnumerateArray())
            {
                foreach (string problem in CheckDatasource(name, "variable " + variable.GetProperty("name").GetString(), variable, provisionedUids))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<string> CheckDatasource(string name, string where, JsonElement element, IReadOnlySet<string> uids)
    {
        if (element.TryGetProperty("datasource", out JsonElement ds) && ds.ValueKind == JsonValueKind.Object)
        {
            string? uid = ds.GetProperty("uid").GetString();
            string? type = ds.TryGetProperty("type", out JsonElement t) ? t.GetString() : null;
            if (type != "grafana" && (uid is null || !uids.Contains(uid)))
            {
                yield return $"{name}: {where} uses datasource uid '{uid}' that is not provisioned";
            }
        }
    }

    private static int Int(JsonElement grid, string key) =>
        grid.TryGetProperty(key, out JsonElement v) ? v.GetInt32() : -1;
}
