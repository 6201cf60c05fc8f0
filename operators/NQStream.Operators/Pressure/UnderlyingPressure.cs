using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;

namespace NQStream.Operators.Pressure;

/// <summary>
/// Bid/ask pressure per underlying future (docs/algorithms.md §4.3): the delta-weighted flow of all option aggressor
/// events on one underlying, in futures equivalents, over every configured tumbling window (<c>windows</c>,
/// §0.2). Events without an underlying are never attributed to another future (§0.3): they are counted in
/// <see cref="NoUnderlying"/>. Non-option events are ignored. State grows only when a new underlying appears;
/// windows are emitted per underlying in first-seen order, shortest window first.
/// </summary>
public sealed class UnderlyingPressure
{
    private readonly Dictionary<uint, DeltaWeightedFlow[]> _byUnderlying = [];
    private readonly List<DeltaWeightedFlow[]> _ordered = [];
    private readonly long[] _windowsNs;
    private readonly double _multiplier;

    /// <summary>Creates the operator.</summary>
    /// <param name="options">Configured parameters (<c>windows</c>).</param>
    /// <param name="multiplier">Dollars per index point for $Δ (20 for NQ).</param>
    public UnderlyingPressure(PressureOptions options, double multiplier = 20.0)
    {
        ArgumentNullException.ThrowIfNull(options);
        _windowsNs = new long[options.Windows.Count];
        for (var i = 0; i < _windowsNs.Length; i++)
        {
            _windowsNs[i] = options.Windows[i].Ticks * TimeSpan.NanosecondsPerTick;
        }

        _multiplier = multiplier;
    }

    /// <summary>Option events without a resolved underlying (not aggregated).</summary>
    public long NoUnderlying { get; private set; }

    /// <summary>Adds one enriched option aggressor event.</summary>
    public void OnEvent<TSink>(in AggressorEvent e, ref TSink sink)
        where TSink : IOperatorSink<DeltaFlowWindow>
    {
        if (!e.IsOption)
        {
            return;
        }

        if (e.UnderlyingId == 0)
        {
            NoUnderlying++;
            return;
        }

        if (!_byUnderlying.TryGetValue(e.UnderlyingId, out var flows))
        {
            flows = new DeltaWeightedFlow[_windowsNs.Length];
            for (var i = 0; i < flows.Length; i++)
            {
                flows[i] = new DeltaWeightedFlow(e.UnderlyingId, _windowsNs[i], _multiplier);
            }

            _byUnderlying.Add(e.UnderlyingId, flows);
            _ordered.Add(flows);
        }

        for (var i = 0; i < flows.Length; i++)
        {
            flows[i].OnEvent(in e, ref sink);
        }
    }

    /// <summary>Emits every window (all underlyings) that ends at or before <paramref name="tsNs"/> (the watermark).</summary>
    public void AdvanceTo<TSink>(long tsNs, ref TSink sink)
        where TSink : IOperatorSink<DeltaFlowWindow>
    {
        for (var u = 0; u < _ordered.Count; u++)
        {
            var flows = _ordered[u];
            for (var i = 0; i < flows.Length; i++)
            {
                flows[i].AdvanceTo(tsNs, ref sink);
            }
        }
    }
}
