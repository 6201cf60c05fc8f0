namespace NQStream.Feeds.Barchart;

/// <summary>
/// A Barchart file that does not have the documented shape. The message is one line naming the file, the line (CSV,
/// or malformed JSON) or the JSON path, the field, what was found and what was expected.
/// </summary>
public sealed class BarchartFormatException : FormatException
{
    /// <summary>Creates the error.</summary>
    public BarchartFormatException(string file, int? line, string field, string problem)
        : base(Compose(file, line, field, problem))
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Creates the error wrapping a parser exception.</summary>
    public BarchartFormatException(string file, int? line, string field, string problem, Exception inner)
        : base(Compose(file, line, field, problem), inner)
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Creates an error without location (prefer the located constructors).</summary>
    public BarchartFormatException() : this("?", null, "?", "invalid Barchart data") { }

    /// <summary>Creates an error without location (prefer the located constructors).</summary>
    public BarchartFormatException(string message) : base(message)
    {
        File = "?";
        Field = "?";
    }

    /// <summary>Creates an error without location (prefer the located constructors).</summary>
    public BarchartFormatException(string message, Exception inner) : base(message, inner)
    {
        File = "?";
        Field = "?";
    }

    /// <summary>The file being read.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The field or JSON path at fault.</summary>
    public string Field { get; }

    private static string Compose(string file, int? line, string field, string problem) =>
        line is int l ? $"{file}:{l}: {field}: {problem}" : $"{file}: {field}: {problem}";
}
