using System.Globalization;
using System.Text.Json;
using NQStream.Market.Dbn.Records;
using NQStream.TestSupport;

namespace NQStream.Market.Tests.Instruments;

/// <summary>
/// shared/data/nq-real/nq-option-definitions-2025-06-10.jsonl (Databento GLBX.MDP3 definitions, reduced to a few
/// fields) turned back into v3 definition records. The file has no multiplier or tick: they are left UNDEF, as the
/// feed leaves the tick of equity-index options, so the product defaults apply.
/// </summary>
internal static class RealNqDefinitions
{
    public static string Path => SharedData.DataPath("nq-real", "nq-option-definitions-2025-06-10.jsonl");

    public static List<InstrumentDefMsg> Read()
    {
        var list = new List<InstrumentDefMsg>();
        foreach (var line in File.ReadLines(Path))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var raw = r.GetProperty("raw_symbol").GetString()!;
            var expiration = DateTimeOffset.Parse(r.GetProperty("expiration").GetString()!, CultureInfo.InvariantCulture);
            var ns = (expiration - DateTimeOffset.UnixEpoch).Ticks * 100;
            var def = Defs.Option(r.GetProperty("instrument_id").GetUInt32(), raw, raw[..raw.IndexOf(' ', StringComparison.Ordinal)], ns,
                unitOfMeasureQty: NQStream.Market.Dbn.DbnConstants.UndefPrice);
            def.StrikePrice = r.GetProperty("strike_price").GetInt64() * Defs.Pt;
            def.InstrumentClass = (byte)r.GetProperty("instrument_class").GetString()![0];
            list.Add(def);
        }

        return list;
    }
}
