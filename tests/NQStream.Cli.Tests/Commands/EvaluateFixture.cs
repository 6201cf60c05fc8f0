using System.Globalization;
using NQStream.Sinks.Rows;
using NQStream.Sinks.Store;

namespace NQStream.Cli.Tests.Commands;

/// <summary>
/// A hand-built store and labels file for <c>nqstream evaluate</c>. Times are seconds after B = 2025-11-21T14:00:00Z
/// (a ToD bucket boundary; buckets are 1800 s). The covered range is [B, B + 5000 s] (windows rows at both ends).
/// <code>
/// labels  kind          inst  span (s)      informed
/// L1      sweep         101   100           yes
/// L2      sweep         101   2000          no
/// L3      block         102   500..560      no
/// L4      iceberg       103   1000..1400    yes
/// L5      emergency     1     3000          yes
/// L6      volume_shock  104   4000          no
/// L7      sweep         101   −10000        (before the range: not counted)
/// L8      block         102   100000        (after the range: not counted)
/// L9      volume_shock  104   5000          (exactly the range end: counted)
///
/// signal  kind          inst  t (s)  priority   class      dir      und   outcome                 match (±300 s)
/// s01     sweep         101   100    HIGH       HIGH       bullish  NQZ5  HIT @400               L1
/// s02     sweep         101   400    MEDIUM     MODERATE   bullish  NQZ5  —                      L1 (edge 100+300)
/// s03     sweep         101   1200   HIGH       HIGH       bearish  NQZ5  MISS @1300 (unscored)  —
/// s04     block         102   860    IMMEDIATE  VERY_HIGH  bullish  NQZ5  MISS @900              L3 (edge 560+300)
/// s05     block         102   200    LOW        NONE       bullish  NQZ5  —                      L3 (edge 500−300)
/// s06     iceberg       103   1300   HIGH       HIGH       bullish  ESZ5  HIT @1500              L4 (inside span)
/// s07     iceberg       103   1701   MEDIUM     MODERATE   bullish  ESZ5  —                      — (1 s past 1400+300)
/// s08     emergency     1     3000   IMMEDIATE  EXTREME    bearish  NQZ5  TIMEOUT @3900          L5
/// s09     volume_shock  104   4500   HIGH       HIGH       bullish  NQZ5  UNRESOLVED @5000       — (L6 ends 4300)
/// s10     sweep         105   150    HIGH       HIGH       neutral  NQZ5  —                      —
/// s11     emergency     1     3010   IMMEDIATE  EXTREME    bullish  NQZ5  HIT @3100, SUSPECT     L5
/// s12     sweep         101   4800   HIGH       HIGH       bullish  NQZ5  HIT @4900              —
/// s13     block         107   2500   HIGH       HIGH       bearish  ESZ5  (no outcome row)       —
/// </code>
/// </summary>
internal static class EvaluateFixture
{
    public const long B = 1_763_733_600_000_000_000;
    public const long S = 1_000_000_000;

    public static async Task WriteStoreAsync(string path)
    {
        await using var store = SqliteStore.Open(path);
        await store.WriteAsync(new WindowRow { Ts = B, InstrumentId = 101, RawSymbol = "NQZ5 C21000", Window = "1m" });
        await store.WriteAsync(new WindowRow { Ts = B + (5000 * S), InstrumentId = 101, RawSymbol = "NQZ5 C21000", Window = "1m" });
        (string Id, string Kind, long Inst, long T, string Priority, string Class, string Dir, string Und, bool Suspect)[] signals =
        [
            ("s01", "sweep", 101, 100, "HIGH", "HIGH", "bullish", "NQZ5", false),
            ("s02", "sweep", 101, 400, "MEDIUM", "MODERATE", "bullish", "NQZ5", false),
            ("s03", "SWEEP", 101, 1200, "HIGH", "HIGH", "BEARISH", "NQZ5", false),
            ("s04", "block", 102, 860, "IMMEDIATE", "VERY_HIGH", "bullish", "NQZ5", false),
            ("s05", "block", 102, 200, "LOW", "NONE", "bullish", "NQZ5", false),
            ("s06", "iceberg", 103, 1300, "HIGH", "HIGH", "bullish", "ESZ5", false),
            ("s07", "iceberg", 103, 1701, "MEDIUM", "MODERATE", "bullish", "ESZ5", false),
            ("s08", "emergency", 1, 3000, "IMMEDIATE", "EXTREME", "bearish", "NQZ5", false),
            ("s09", "volume_shock", 104, 4500, "HIGH", "HIGH", "bullish", "NQZ5", false),
            ("s10", "sweep", 105, 150, "HIGH", "HIGH", "neutral", "NQZ5", false),
            ("s11", "emergency", 1, 3010, "IMMEDIATE", "EXTREME", "bullish", "NQZ5", true),
            ("s12", "sweep", 101, 4800, "HIGH", "HIGH", "bullish", "NQZ5", false),
            ("s13", "block", 107, 2500, "HIGH", "HIGH", "bearish", "ESZ5", false),
        ];
        foreach (var s in signals)
        {
            await store.WriteAsync(new SignalRow
            {
                Ts = B + (s.T * S),
                SignalId = s.Id,
                Underlying = s.Und,
                InstrumentId = s.Inst,
                RawSymbol = "X" + s.Inst.ToString(CultureInfo.InvariantCulture),
                Kind = s.Kind,
                Direction = s.Dir,
                SignalClass = s.Class,
                Priority = s.Priority,
                ParameterSetId = "p",
                Suspect = s.Suspect,
            });
        }

        (string Id, long T, string Outcome)[] outcomes =
        [
            ("s01", 400, "HIT"), ("s03", 1300, "MISS"), ("s04", 900, "MISS"), ("s06", 1500, "HIT"), ("s08", 3900, "TIMEOUT"),
            ("s09", 5000, "UNRESOLVED"), ("s11", 3100, "HIT"), ("s12", 4900, "HIT"),
        ];
        foreach (var o in outcomes)
        {
            await store.WriteAsync(new SignalOutcomeRow { Ts = B + (o.T * S), SignalId = o.Id, Underlying = "NQZ5", Outcome = o.Outcome, SignalTs = 0 });
        }
    }

    public static void WriteLabels(string path)
    {
        (string Id, string Kind, long Inst, long T, long Last, bool Informed)[] labels =
        [
            ("L1", "sweep", 101, 100, 100, true),
            ("L2", "sweep", 101, 2000, 2000, false),
            ("L3", "block", 102, 500, 560, false),
            ("L4", "iceberg", 103, 1000, 1400, true),
            ("L5", "emergency", 1, 3000, 3000, true),
            ("L6", "volume_shock", 104, 4000, 4000, false),
            ("L7", "sweep", 101, -10000, -10000, true),
            ("L8", "block", 102, 100000, 100000, true),
            ("L9", "volume_shock", 104, 5000, 5000, true),
        ];
        File.WriteAllLines(path, labels.Select(l => string.Create(CultureInfo.InvariantCulture,
            $"{{\"id\":\"{l.Id}\",\"kind\":\"{l.Kind}\",\"ts_event\":{B + (l.T * S)},\"ts_event_last\":{B + (l.Last * S)},\"instrument_id\":{l.Inst},\"informed\":{(l.Informed ? "true" : "false")},\"events\":1}}")));
    }
}
