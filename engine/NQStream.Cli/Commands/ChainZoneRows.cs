using NQStream.Market.Pricing;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Commands;

/// <summary><c>chain analyze --store PATH</c>: the report's battle zones as <c>battle_zones</c> rows in the embedded store.</summary>
internal static class ChainZoneRows
{
    public static List<BattleZoneRow> From(ChainReport report, string fallbackUnderlying)
    {
        var ts = report.AsOfNs ?? throw new Hosting.CliException("--store needs the snapshot's as-of time (give --as-of)");
        var underlying = report.Snapshot.UnderlyingSymbol ?? fallbackUnderlying;
        var rows = new List<BattleZoneRow>();
        var rank = 0;
        foreach (var z in report.Positioning.Zones)
        {
            rows.Add(new BattleZoneRow
            {
                Ts = ts,
                Underlying = underlying,
                Side = z.Side == OptionType.Call ? "CALL" : "PUT",
                Band = ChainReportJson.Name(z.Band),
                Rank = ++rank,
                Strike = z.Strike,
                RiskUsd = z.RiskUsd,
                OpenInterest = z.OpenInterest,
                DistancePts = z.DistancePts,
                UnderlyingPrice = report.Positioning.Underlying,
            });
        }

        return rows;
    }

    public static async Task WriteAsync(string path, IReadOnlyList<BattleZoneRow> rows)
    {
        var store = SqliteStore.Open(path);
        await using (store.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await store.WriteAsync(row).ConfigureAwait(false);
            }

            await store.FlushAsync().ConfigureAwait(false);
        }
    }
}
