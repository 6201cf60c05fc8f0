namespace NQStream.Core.Configuration.Schema;

/// <summary>A broken cross-key rule of an options section.</summary>
/// <param name="Key">The snake_case key inside the section the violation is reported at; empty for the section itself.</param>
/// <param name="Problem">What is wrong, with the offending values.</param>
/// <param name="Expected">What would be valid.</param>
public readonly record struct RuleViolation(string Key, string Problem, string Expected);
