namespace NQStream.Cli.Hosting;

/// <summary>An error the CLI reports as one line (no stack trace) with a chosen exit code.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(string message, int exitCode = CliApp.ExitBadInput, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>Creates a bad-input error.</summary>
    public CliException() : this("error") { }

    /// <summary>Creates a bad-input error.</summary>
    public CliException(string message) : this(message, CliApp.ExitBadInput) { }

    /// <summary>Creates a bad-input error wrapping another exception.</summary>
    public CliException(string message, Exception inner) : this(message, CliApp.ExitBadInput, inner) { }

    /// <summary>The process exit code for this error.</summary>
    public int ExitCode { get; }
}
