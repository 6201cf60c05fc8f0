namespace NQStream.Core.Configuration.Schema;

/// <summary>
/// Rules that span several keys of one options section (ordering, sums, consistency). They run after the
/// section bound without problems, so they never repeat a type or range error.
/// </summary>
public interface IOptionsRules
{
    /// <summary>Adds one violation per broken rule.</summary>
    void CheckRules(ICollection<RuleViolation> violations);
}
