using System.Text.Json;

namespace NQStream.IntegrationTests.Ops;

/// <summary>Walks a dashboard's panels, including those nested in rows.</summary>
public static class DashboardModel
{
    /// <summary>Every panel (rows included) in document order.</summary>
    public static IEnumerable<JsonElement> Panels(JsonElement dashboard)
    {
        foreach (JsonElement panel in dashboard.GetProperty("panels").EnumerateArray())
        {
            yield return panel;
            if (panel.TryGetProperty("panels", out JsonElement nested))
            {
                foreach (JsonElement inner in nested.EnumerateArray())
                {
                    yield return inner;
                }
            }
        }
    }
}
