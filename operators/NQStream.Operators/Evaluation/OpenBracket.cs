namespace NQStream.Operators.Evaluation;

/// <summary>State of one open bracket inside <see cref="BracketTracker"/>.</summary>
internal struct OpenBracket
{
    /// <summary>Signal id.</summary>
    public string SignalId;

    /// <summary>t₀ (ns).</summary>
    public long SignalTs;

    /// <summary>t₀ + horizon (ns): mids up to and including it count.</summary>
    public long Deadline;

    /// <summary>Registration order: the tie-break of every emission order.</summary>
    public long Sequence;

    /// <summary>+1 or −1.</summary>
    public int Direction;

    /// <summary>F₀.</summary>
    public double F0;

    /// <summary>Last mid applied (NaN before the first).</summary>
    public double LastMid;

    /// <summary>Max d·(mid − F₀), ≥ 0.</summary>
    public double MaxFavourable;

    /// <summary>Max −d·(mid − F₀), ≥ 0.</summary>
    public double MaxAdverse;

    /// <summary>Event time at which the target was reached, awaiting the end of that time (long.MinValue = not reached).</summary>
    public long PendingHitTs;

    /// <summary>The mid that reached the target.</summary>
    public double PendingHitMid;

    /// <summary>Whether the target was reached at <see cref="PendingHitTs"/>.</summary>
    public readonly bool HitPending => PendingHitTs != long.MinValue;
}
