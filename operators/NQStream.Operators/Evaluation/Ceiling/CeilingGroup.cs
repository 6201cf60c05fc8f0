namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>Which brackets a <see cref="CeilingRow"/> counts.</summary>
public enum CeilingGroup
{
    /// <summary>One kind × informed × start, every bracket (no de-duplication).</summary>
    Kind,

    /// <summary>All kinds × informed × start, every bracket (no de-duplication).</summary>
    Pooled,

    /// <summary>
    /// All kinds × informed × start after the §6.1 de-duplication over every label (the oracle signals informed and
    /// uninformed labels alike, as <c>nqstream evaluate</c> scores every signal and then restricts to informed ones).
    /// </summary>
    Dedup,

    /// <summary>Informed × start after de-duplication over the informed labels only (an oracle that signals informed flow only).</summary>
    DedupInformedOnly,
}
