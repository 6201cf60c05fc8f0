namespace NQStream.Cli.Configuration.Loading;

/// <summary>A list (YAML sequence, JSON array).</summary>
internal sealed class SeqNode : ConfigNode
{
    public SeqNode(string path, int line, int column)
        : base(path, line, column)
    {
    }

    public List<ConfigNode> Items { get; } = [];

    public override string Describe() => "a list";
}
