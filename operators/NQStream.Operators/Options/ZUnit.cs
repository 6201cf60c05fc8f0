namespace NQStream.Operators.Options;

/// <summary>Trial unit of the direction test (§5.5).</summary>
public enum ZUnit
{
    /// <summary>Each contract is a trial.</summary>
    Contracts,

    /// <summary>Each aggressor event is a trial (more conservative).</summary>
    Events,
}
