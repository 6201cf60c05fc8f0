namespace NQStream.Core.Configuration.Schema;

/// <summary>
/// Marks a value that must never be printed: <c>config show</c> and error messages replace it with
/// <c>***</c>. Secrets usually come from <c>${ENV_VAR}</c> references rather than the file itself.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SecretAttribute : Attribute
{
}
