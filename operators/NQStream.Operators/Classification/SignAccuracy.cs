namespace NQStream.Operators.Classification;

/// <summary>
/// Agreement of inferred trade signs with true signs (§8.1 accuracies; §4.6 CME data-quality monitor).
/// </summary>
public struct SignAccuracy
{
    /// <summary>Trades recorded.</summary>
    public long Total { get; private set; }

    /// <summary>Trades the rule signed (predicted ≠ 0).</summary>
    public long Classified { get; private set; }

    /// <summary>Signed trades whose sign equals the true sign.</summary>
    public long Correct { get; private set; }

    /// <summary>Correct / classified; null when nothing was classified.</summary>
    public readonly double? OfClassified => Classified > 0 ? (double)Correct / Classified : null;

    /// <summary>Correct / all trades (unclassified count as incorrect); null when empty.</summary>
    public readonly double? OfAll => Total > 0 ? (double)Correct / Total : null;

    /// <summary>Records one trade.</summary>
    /// <param name="predicted">Inferred sign (0 = unclassified).</param>
    /// <param name="truth">True sign (+1 / −1).</param>
    public void Record(int predicted, int truth)
    {
        Total++;
        if (predicted == 0)
        {
            return;
        }

        Classified++;
        if (predicted == truth)
        {
            Correct++;
        }
    }
}
