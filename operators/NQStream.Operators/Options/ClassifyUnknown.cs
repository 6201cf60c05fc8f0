namespace NQStream.Operators.Options;

/// <summary>How trades with an unknown aggressor (side N) are signed (§4.6).</summary>
public enum ClassifyUnknown
{
    /// <summary>Never signed: excluded from every signed measure (production default).</summary>
    None,

    /// <summary>Tick rule.</summary>
    Tick,

    /// <summary>Quote rule against the mid before the trade.</summary>
    Quote,

    /// <summary>Quote rule, tick rule at the mid.</summary>
    LeeReady,
}
