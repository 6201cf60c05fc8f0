namespace NQStream.Core.Configuration.Schema;

/// <summary>
/// An options section that can be switched off. When <see cref="Enabled"/> is false the section is not
/// used, so its required keys may be absent and its <c>${ENV_VAR}</c> references may stay unresolved;
/// keys, types and ranges of what is written are still checked.
/// </summary>
public interface IToggleableOptions
{
    /// <summary>Whether the section is in use.</summary>
    bool Enabled { get; }
}
