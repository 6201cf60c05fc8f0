namespace NQStream.Core.Ring;

/// <summary>Helpers over arrays of <see cref="Sequence"/>: the slowest consumer gates the producer.</summary>
public static class SequenceGroup
{
    /// <summary>The smallest value in <paramref name="sequences"/>, or <paramref name="minimum"/> when it is smaller or the array is empty.</summary>
    public static long Minimum(Sequence[] sequences, long minimum = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        for (var i = 0; i < sequences.Length; i++)
        {
            var value = sequences[i].Value;
            if (value < minimum)
            {
                minimum = value;
            }
        }

        return minimum;
    }
}
