using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Market making vs institutional flow score (§5.7, <c>operators.mm_score</c>).</summary>
public sealed class MmScoreOptions : IOptionsRules
{
    /// <summary>Weights of the taker features T1–T7.</summary>
    public TakerWeightsOptions TakerWeights { get; init; } = new();

    /// <summary>Weights of the maker features M1–M6.</summary>
    public MakerWeightsOptions MakerWeights { get; init; } = new();

    /// <summary>Score at or above which the label is INSTITUTIONAL.</summary>
    [Range(0.0, 1.0)]
    public double InstitutionalMin { get; init; } = 0.60;

    /// <summary>Score at or below which the label is MARKET_MAKING.</summary>
    [Range(0.0, 1.0)]
    public double MmMax { get; init; } = 0.30;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (MmMax >= InstitutionalMin)
        {
            violations.Add(new("mm_max", RuleText.Got(MmMax) + ", not below institutional_min " + RuleText.Num(InstitutionalMin), "mm_max < institutional_min"));
        }
    }
}
