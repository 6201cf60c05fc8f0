namespace NQStream.Core.Configuration.Schema;

/// <summary>
/// Marks a <c>key=value;</c> connection string (QuestDB ILP client configuration) whose values for the
/// named keys are secrets: <c>config show</c> prints <c>key=***</c> for them.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SecretKeysAttribute : Attribute
{
    /// <summary>Creates the attribute for the given connection-string keys.</summary>
    public SecretKeysAttribute(params string[] keys) => Keys = keys;

    /// <summary>The keys whose values are masked.</summary>
    public IReadOnlyList<string> Keys { get; }
}
