namespace NQStream.IntegrationTests.Ops;

/// <summary>Exit code and output of a finished program.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public string Output => Stdout + Stderr;
}
