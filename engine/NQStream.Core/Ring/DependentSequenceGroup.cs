namespace NQStream.Core.Ring;

/// <summary>
/// The sequences a consumer depends on: the ring cursor for a first-stage consumer, or the upstream
/// consumers' sequences in a pipeline or diamond. Its value is their minimum.
/// </summary>
public sealed class DependentSequenceGroup
{
    private readonly Sequence? _single;
    private readonly Sequence[] _sequences;

    /// <summary>Creates the group; with no dependents it follows <paramref name="cursor"/>.</summary>
    public DependentSequenceGroup(Sequence cursor, Sequence[] dependents)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(dependents);
        _sequences = dependents.Length == 0 ? [cursor] : (Sequence[])dependents.Clone();
        _single = _sequences.Length == 1 ? _sequences[0] : null;
    }

    /// <summary>Number of sequences in the group.</summary>
    public int Count => _sequences.Length;

    /// <summary>The minimum of the group's sequences.</summary>
    public long Value => _single is not null ? _single.Value : SequenceGroup.Minimum(_sequences);
}
