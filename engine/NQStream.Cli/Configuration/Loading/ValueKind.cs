namespace NQStream.Cli.Configuration.Loading;

/// <summary>The value kinds the configuration schema knows.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Integer,
    Number,
    Enum,
    Duration,
    Object,
    List,
}
