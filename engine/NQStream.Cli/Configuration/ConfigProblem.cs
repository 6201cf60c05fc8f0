namespace NQStream.Cli.Configuration;

/// <summary>
/// One problem of a configuration file, printed as <c>path.to.key: problem (expected …)</c>. Problems
/// about a written value name the key where it is written (<c>profiles.testing.engine.ring_size</c>);
/// problems about the merged result (a missing required key, a cross-key rule) name the effective key.
/// </summary>
/// <param name="Path">Dotted key path; empty for the file as a whole (syntax errors).</param>
/// <param name="Problem">What is wrong, quoting the offending value unless it is a secret.</param>
/// <param name="Expected">What would be valid.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public sealed record ConfigProblem(string Path, string Problem, string Expected, int Line, int Column)
{
    /// <summary><c>path: problem (expected …)</c>, without the position.</summary>
    public override string ToString() =>
        Path.Length == 0 ? $"{Problem} (expected {Expected})" : $"{Path}: {Problem} (expected {Expected})";
}
