namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// A value read from a configuration file, JSON or YAML alike, with the key path and position where it
/// is written. Profile merging reuses nodes, so a merged tree still reports problems where they are written.
/// </summary>
internal abstract class ConfigNode
{
    protected ConfigNode(string path, int line, int column)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The key path as written in the file, e.g. <c>profiles.testing.engine.ring_size</c>.</summary>
    public string Path { get; }

    /// <summary>1-based line of the value.</summary>
    public int Line { get; }

    /// <summary>1-based column of the value.</summary>
    public int Column { get; }

    /// <summary>How the value is named in a "got …" message.</summary>
    public abstract string Describe();
}
