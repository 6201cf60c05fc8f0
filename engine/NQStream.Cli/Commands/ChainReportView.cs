using System.Globalization;
using NQStream.Market.Sessions;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>Human output of <c>nqstream chain analyze</c>: Spectre tables and a bar chart of GEX near the money.</summary>
internal static class ChainReportView
{
    private const int ChartStrikes = 25;

    /// <summary>Plain lines go to <paramref name="output"/> directly (Spectre would wrap them at 80 columns when redirected).</summary>
    public static void Write(IAnsiConsole console, TextWriter output, ChainReport r, double maxDistance)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Snapshot.Source}: {r.Snapshot.CallCount} calls, {r.Snapshot.PutCount} puts"));
        var symbol = r.Snapshot.UnderlyingSymbol is string u ? u + " " : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"underlying {symbol}{r.Forward:0.##} ({r.ForwardSource})"));
        if (r.AsOfNs is long asOf)
        {
            output.WriteLine("as of " + CentralTime.ToCentral(asOf).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " CT");
        }

        output.WriteLine("dealer assumption " + r.Gex.Signs.Name);

        var p = r.Positioning;
        var positioning = new Table().Title("Positioning risk (earlier system, §10)").AddColumn("strike").AddColumn("side")
            .AddColumn(new TableColumn("$ at risk").RightAligned()).AddColumn(new TableColumn("distance").RightAligned()).AddColumn("band");
        foreach (var z in p.Zones)
        {
            positioning.AddRow(Num(z.Strike, "0.##"), ChainReportJson.Name(z.Side), Num(z.RiskUsd, "#,0"), Num(z.DistancePts, "0.##"), ChainReportJson.Name(z.Band));
        }

        positioning.Caption(string.Create(CultureInfo.InvariantCulture,
            $"call ${p.CallRiskUsd:#,0} vs put ${p.PutRiskUsd:#,0}, ratio {(p.Ratio is double ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} -> {ChainReportJson.Name(p.Bias)}"));
        console.Write(positioning);

        var spikes = new Table().Title("Volume/OI spikes").AddColumn("strike").AddColumn("type").AddColumn(new TableColumn("volume").RightAligned())
            .AddColumn(new TableColumn("OI").RightAligned()).AddColumn(new TableColumn("vol/OI").RightAligned()).AddColumn(new TableColumn("$ size").RightAligned())
            .AddColumn("class").AddColumn("direction").AddColumn(Num(maxDistance * 100, "0.##") + " %");
        foreach (var s in r.Spikes)
        {
            spikes.AddRow(Num(s.Strike, "0.##"), ChainReportJson.Name(s.Type), Num(s.Volume, "#,0"), Num(s.OpenInterest, "#,0"), Num(s.Ratio, "0.0"),
                Num(s.DollarSize, "#,0"), ChainReportJson.Name(s.Class), ChainReportJson.Name(s.Direction), s.WithinDistance ? "yes" : "no");
        }

        console.Write(spikes);

        var levels = new Table().Title("Levels").AddColumn("level").AddColumn(new TableColumn("value").RightAligned()).AddColumn("note");
        foreach (var mp in r.MaxPain)
        {
            var expiry = mp.ExpirationNs is long e ? "expiry " + ChainExpirySelector.Format(e) + ", " : string.Empty;
            levels.AddRow("max pain", Num(mp.Strike, "0.##"), string.Create(CultureInfo.InvariantCulture, $"{expiry}pain ${mp.PainUsd:#,0}"));
        }

        levels.AddRow("call wall", Opt(r.Walls.CallWall), "basis " + r.Walls.Basis.ToString().ToUpperInvariant());
        levels.AddRow("put wall", Opt(r.Walls.PutWall), "basis " + r.Walls.Basis.ToString().ToUpperInvariant());
        levels.AddRow("net GEX ($/1%)", r.GexPriced ? Num(r.Gex.NetGex, "#,0") : "n/a", r.Gex.NetSign > 0 ? "dealers damp moves" : r.Gex.NetSign < 0 ? "dealers amplify moves" : string.Empty);
        levels.AddRow("zero gamma", r.GexPriced ? Opt(r.Gex.ZeroGamma) : "n/a", r.Gex.ExcludedRows > 0 ? $"{r.Gex.ExcludedRows} rows with OI unpriced" : string.Empty);
        console.Write(levels);

        WriteChart(console, r);
        foreach (var note in r.Notes)
        {
            output.WriteLine("note: " + note);
        }
    }

    private static void WriteChart(IAnsiConsole console, ChainReport r)
    {
        var near = r.Gex.PerStrike.Where(s => s.Gex is double g && g != 0.0)
            .OrderBy(s => Math.Abs(s.Strike - r.Forward)).Take(ChartStrikes).OrderBy(s => s.Strike).ToList();
        if (near.Count == 0)
        {
            return;
        }

        var chart = new BarChart().Label("GEX by strike near the money ($ per 1 % move; negative = short dealer gamma)").Width(100);
        foreach (var s in near)
        {
            double g = s.Gex!.Value;
            chart.AddItem(Num(s.Strike, "0.##") + (g < 0 ? " (-)" : string.Empty), Math.Round(Math.Abs(g)), g < 0 ? Color.Red : Color.Green);
        }

        console.Write(chart);
    }

    private static string Opt(double? value) => value is double v ? Num(v, "0.##") : "n/a";

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
