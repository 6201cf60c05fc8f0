using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NQStream.Cli.Hosting;
using NQStream.Market.Instruments;
using NQStream.Market.Sessions;
using Spectre.Console;

namespace NQStream.Cli.Commands;

/// <summary>Human tables and JSON for <c>chain show</c>.</summary>
internal static class ChainShowRender
{
    public static void Tables(ParseResult parse, ChainModel model, List<(ChainUnderlying Underlying, List<ChainExpiry> Expiries)> selected)
    {
        var console = parse.Ansi();
        parse.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{model.Registry.Count} instruments, {model.Chain.OptionCount} options on {model.Chain.Underlyings.Count} underlyings; {model.Counts.Definitions} definitions, {model.Counts.Statistics} statistics, {model.Counts.SymbolMappings} symbol mappings"));
        foreach (var (u, expiries) in selected)
        {
            foreach (var e in expiries)
            {
                // The title goes to the writer directly: Spectre would wrap it at the table's width.
                parse.Out().WriteLine(Title(u, e));
                var table = new Table()
                    .AddColumn(new TableColumn("strike").RightAligned())
                    .AddColumn(new TableColumn("call id").RightAligned())
                    .AddColumn(new TableColumn("call OI").RightAligned())
                    .AddColumn(new TableColumn("call settle").RightAligned())
                    .AddColumn(new TableColumn("put id").RightAligned())
                    .AddColumn(new TableColumn("put OI").RightAligned())
                    .AddColumn(new TableColumn("put settle").RightAligned());
                foreach (var s in e.Strikes)
                {
                    var (callId, callOi, callSettle) = Cells(model, s.Call);
                    var (putId, putOi, putSettle) = Cells(model, s.Put);
                    table.AddRow(Num(s.Strike), callId, callOi, callSettle, putId, putOi, putSettle);
                }

                console.Write(table);
            }
        }
    }

    public static void Json(TextWriter output, ChainModel model, List<(ChainUnderlying Underlying, List<ChainExpiry> Expiries)> selected)
    {
        var doc = new
        {
            files = model.Files,
            records = new
            {
                definitions = model.Counts.Definitions,
                statistics = model.Counts.Statistics,
                symbol_mappings = model.Counts.SymbolMappings,
                other = model.Counts.Other,
            },
            instruments = model.Registry.Count,
            options = model.Chain.OptionCount,
            underlyings = selected.Select(x => new
            {
                symbol = x.Underlying.Symbol,
                instrument_id = x.Underlying.Underlying.IsResolved ? x.Underlying.Underlying.Id : (uint?)null,
                resolved_from = SourceName(x.Underlying.Underlying.Source),
                expiries = x.Expiries.Select(e => new
                {
                    root = e.Root,
                    expiry_class = e.ExpiryClass.ToString().ToLowerInvariant(),
                    expiration = e.ExpirationNs == long.MaxValue ? (long?)null : e.ExpirationNs,
                    expiration_ct = e.ExpirationNs == long.MaxValue ? null
                        : CentralTime.ToCentral(e.ExpirationNs).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    strikes = e.Strikes.Select(s => new { strike = s.Strike, call = Side(model, s.Call), put = Side(model, s.Put) }),
                }),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(doc, CliJson.Options));
    }

    private static object? Side(ChainModel model, Instrument? option)
    {
        if (option is null)
        {
            return null;
        }

        var stats = model.Statistics.Get(option.InstrumentId);
        return new
        {
            id = option.InstrumentId,
            raw_symbol = option.RawSymbol,
            open_interest = stats.OpenInterest,
            open_interest_date = InstrumentStatistics.TradeDateOfRef(stats.OpenInterestRefNs)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            settlement = stats.Settlement,
            settlement_final = stats.SettlementIsFinal,
        };
    }

    private static string Title(ChainUnderlying u, ChainExpiry e)
    {
        var expires = e.ExpirationNs == long.MaxValue
            ? "no expiration"
            : "expires " + CentralTime.ToCentral(e.ExpirationNs).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " CT";
        var id = u.Underlying.IsResolved ? u.Underlying.Id.ToString(CultureInfo.InvariantCulture) : "unresolved";
        return string.Create(CultureInfo.InvariantCulture,
            $"{u.Symbol} (id {id}) · root {e.Root} · {e.ExpiryClass.ToString().ToLowerInvariant()} · {expires} · {e.Strikes.Count} strikes");
    }

    private static (string Id, string Oi, string Settle) Cells(ChainModel model, Instrument? option)
    {
        if (option is null)
        {
            return ("-", "-", "-");
        }

        var stats = model.Statistics.Get(option.InstrumentId);
        var settle = stats.Settlement is double p ? Num(p) + (stats.SettlementIsFinal == false ? " (prelim)" : "") : "-";
        return (option.InstrumentId.ToString(CultureInfo.InvariantCulture), stats.OpenInterest?.ToString(CultureInfo.InvariantCulture) ?? "-", settle);
    }

    private static string Num(double v) => v.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string SourceName(UnderlyingSource source) => source switch
    {
        UnderlyingSource.FutureDefinition => "future_definition",
        UnderlyingSource.SymbolMapping => "symbol_mapping",
        UnderlyingSource.DefinitionField => "definition_field",
        _ => "none",
    };
}
