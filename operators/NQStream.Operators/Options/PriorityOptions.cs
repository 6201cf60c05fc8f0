using System.ComponentModel.DataAnnotations;
using NQStream.Core.Configuration.Schema;

namespace NQStream.Operators.Options;

/// <summary>Priority rules (§5.6, <c>operators.priority</c>).</summary>
public sealed class PriorityOptions : IOptionsRules
{
    /// <summary>Lowest confirmed class for IMMEDIATE.</summary>
    public RatioClass ImmediateMinClass { get; init; } = RatioClass.VeryHigh;

    /// <summary>Lowest |z| for IMMEDIATE.</summary>
    [Range(0.0, 100.0)]
    public double ImmediateMinAbsZ { get; init; } = 3;

    /// <summary>Lowest confirmed class for HIGH.</summary>
    public RatioClass HighMinClass { get; init; } = RatioClass.High;

    /// <inheritdoc />
    public void CheckRules(ICollection<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (HighMinClass == RatioClass.None)
        {
            violations.Add(new("high_min_class", "got none", "moderate, high, very_high or extreme"));
        }

        if (ImmediateMinClass < HighMinClass)
        {
            violations.Add(new("immediate_min_class", $"got {SnakeCase.From(ImmediateMinClass.ToString())}, below high_min_class {SnakeCase.From(HighMinClass.ToString())}", "immediate_min_class >= high_min_class"));
        }
    }
}
