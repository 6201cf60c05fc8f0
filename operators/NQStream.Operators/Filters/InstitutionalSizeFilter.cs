using NQStream.Operators.Aggressor;
using NQStream.Operators.Options;

namespace NQStream.Operators.Filters;

/// <summary>
/// Institutional size filter (docs/algorithms.md §5.1): an option aggressor event is institutional when its premium
/// 20·Σ p·q (one event, all its levels) is at least <c>min_premium_usd</c> (inclusive). Side <c>N</c> events are
/// evaluated too (they never drive a directional signal downstream); futures events never pass.
/// </summary>
public sealed class InstitutionalSizeFilter
{
    /// <summary>Creates the filter.</summary>
    /// <param name="options">Configured parameters (<c>min_premium_usd</c>).</param>
    public InstitutionalSizeFilter(SizeFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MinPremiumUsd = options.MinPremiumUsd;
    }

    /// <summary>Smallest premium that passes, USD.</summary>
    public double MinPremiumUsd { get; }

    /// <summary>Option events evaluated.</summary>
    public long Evaluated { get; private set; }

    /// <summary>Option events that passed.</summary>
    public long Passed { get; private set; }

    /// <summary>Events of non-option instruments seen (the filter applies to options only).</summary>
    public long NotOptions { get; private set; }

    /// <summary>True when <paramref name="e"/> is an option event with premium_usd ≥ <see cref="MinPremiumUsd"/>.</summary>
    public bool IsInstitutional(in AggressorEvent e)
    {
        if (!e.IsOption)
        {
            NotOptions++;
            return false;
        }

        Evaluated++;
        if (e.PremiumUsd >= MinPremiumUsd)
        {
            Passed++;
            return true;
        }

        return false;
    }

    /// <summary>Forwards <paramref name="e"/> to <paramref name="sink"/> when it is institutional.</summary>
    public void OnEvent<TSink>(in AggressorEvent e, ref TSink sink)
        where TSink : IOperatorSink<AggressorEvent>
    {
        if (IsInstitutional(in e))
        {
            sink.Emit(in e);
        }
    }
}
