namespace NQStream.Market.Dbn;

/// <summary>
/// The input is not valid DBN. The message always names the source, the byte offset (in the
/// decompressed stream) and what was expected, in one line.
/// </summary>
public sealed class DbnFormatException : IOException
{
    /// <summary>Creates the exception for <paramref name="source"/> at <paramref name="offset"/>.</summary>
    public DbnFormatException(string source, long offset, string problem, Exception? inner = null)
        : base($"{source}: offset {offset}: {problem}", inner)
    {
        Source = source;
        Offset = offset;
        Problem = problem;
    }

    /// <summary>Creates the exception.</summary>
    public DbnFormatException() : this("<unknown>", 0, "invalid DBN") { }

    /// <summary>Creates the exception.</summary>
    public DbnFormatException(string message) : this("<unknown>", 0, message) { }

    /// <summary>Creates the exception.</summary>
    public DbnFormatException(string message, Exception inner) : this("<unknown>", 0, message, inner) { }

    /// <summary>File name or stream description.</summary>
    public new string Source { get; }

    /// <summary>Byte offset of the problem in the (decompressed) DBN stream.</summary>
    public long Offset { get; }

    /// <summary>What was wrong and what was expected.</summary>
    public string Problem { get; }
}
