namespace NQStream.Feeds.Lobster;

/// <summary>A LOBSTER file that does not follow the format; the message names file, line and column.</summary>
public sealed class LobsterFormatException : Exception
{
    /// <summary>Creates the exception with a located message.</summary>
    /// <param name="file">File path.</param>
    /// <param name="line">1-based line (0 when the whole file is meant).</param>
    /// <param name="column">1-based CSV column (0 when the whole line is meant).</param>
    /// <param name="problem">What was wrong and what was expected.</param>
    public LobsterFormatException(string file, long line, int column, string problem)
        : base(Format(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Creates the exception.</summary>
    public LobsterFormatException()
        : this(string.Empty, 0, 0, "invalid LOBSTER input")
    {
    }

    /// <summary>Creates the exception.</summary>
    public LobsterFormatException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public LobsterFormatException(string message, Exception inner)
        : base(message, inner)
    {
        File = string.Empty;
    }

    /// <summary>File path.</summary>
    public string File { get; }

    /// <summary>1-based line, 0 for the whole file.</summary>
    public long Line { get; }

    /// <summary>1-based CSV column, 0 for the whole line.</summary>
    public int Column { get; }

    private static string Format(string file, long line, int column, string problem) =>
        line <= 0 ? $"{file}: {problem}"
        : column <= 0 ? $"{file}:{line}: {problem}"
        : $"{file}:{line}:{column}: {problem}";
}
