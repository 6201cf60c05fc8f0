namespace NQStream.Cli.Configuration.Loading;

/// <summary>
/// A scalar kept as its text; typing happens when binding against the schema, after <c>${ENV_VAR}</c>
/// resolution (so <c>port: ${GATEWAY_PORT}</c> is an integer). <see cref="Value"/> null is an explicit null.
/// </summary>
internal sealed class ScalarNode : ConfigNode
{
    public ScalarNode(string path, int line, int column, string? value)
        : base(path, line, column) => Value = value;

    public string? Value { get; }

    public override string Describe() => Value is null ? "null" : "'" + Value + "'";
}
