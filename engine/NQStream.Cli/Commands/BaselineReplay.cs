using NQStream.Feeds.Replay;
using NQStream.Market;
using NQStream.Market.Events;
using NQStream.Market.Instruments;
using NQStream.Operators.Baseline;

namespace NQStream.Cli.Commands;

/// <summary>
/// Replays one group of DBN files into a <see cref="BaselineBuilder"/>: every MBO record marks its ToD bucket
/// as covered; each option <c>T</c> record is assigned a cell by <see cref="TradeCellResolver"/> with F = the
/// last trade price of the option's own underlying future (no trade yet → no cell, counted).
/// </summary>
internal sealed class BaselineReplay(BaselineBuilder builder, TradeCellResolver resolver)
{
    private readonly Dictionary<uint, double> _lastFuture = [];

    /// <summary>MBO records read.</summary>
    public long Records { get; private set; }

    /// <summary>Option trades read.</summary>
    public long OptionTrades { get; private set; }

    public void Run(string[] files, Action<long>? progress = null)
    {
        var registry = new InstrumentRegistry();
        _lastFuture.Clear();
        using var source = new DbnReplaySource(files, new RegistryDefinitionSink(registry));
        while (source.TryNext(out var ev))
        {
            if (ev.Kind != EventKind.Mbo)
            {
                continue;
            }

            Records++;
            if ((Records & 0xFFFF) == 0)
            {
                progress?.Invoke(Records);
            }

            var ts = (long)ev.TsEvent;
            builder.Observe(ts);
            if (ev.Action != (byte)'T' || !registry.TryGet(ev.InstrumentId, out var instrument) || FixedPoint.ToPoints(ev.Price) is not { } price)
            {
                continue;
            }

            if (instrument.Class == InstrumentClass.Future)
            {
                _lastFuture[ev.InstrumentId] = price;
                continue;
            }

            if (!instrument.IsOption)
            {
                continue;
            }

            OptionTrades++;
            var underlying = registry.UnderlyingOfId(ev.InstrumentId);
            double? forward = underlying.IsResolved && _lastFuture.TryGetValue(underlying.Id, out var f) ? f : null;
            if (resolver.TryResolve(instrument, price, forward, ts, out var cell))
            {
                builder.AddTrade(ts, ev.InstrumentId, ev.Size, cell);
            }
            else
            {
                builder.SkipTrade();
            }
        }

        progress?.Invoke(Records);
    }
}
