namespace NQStream.Cli.Configuration.Loading;

/// <summary>One key of a mapping, with the position of the key itself.</summary>
internal readonly record struct MapEntry(string Key, int Line, int Column, ConfigNode Value);
