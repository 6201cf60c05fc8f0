namespace NQStream.Operators.Baseline;

/// <summary>A baseline file is malformed; the message names the file, the byte offset and what was expected.</summary>
public sealed class BaselineFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> at <paramref name="offset"/>.</summary>
    public BaselineFormatException(string path, long offset, string problem)
        : base($"{path}: offset {offset}: {problem}")
    {
        Path = path;
        Offset = offset;
    }

    /// <summary>Creates an exception without a location.</summary>
    public BaselineFormatException() => Path = "";

    /// <summary>Creates an exception with a message.</summary>
    public BaselineFormatException(string message)
        : base(message) => Path = "";

    /// <summary>Creates an exception with a message and cause.</summary>
    public BaselineFormatException(string message, Exception innerException)
        : base(message, innerException) => Path = "";

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Byte offset of the problem.</summary>
    public long Offset { get; }
}
