namespace NQStream.Core.Ring;

/// <summary>How many threads publish into a ring.</summary>
public enum ProducerType
{
    /// <summary>Exactly one publishing thread (the single-writer principle; the fastest sequencer).</summary>
    Single,

    /// <summary>Any number of publishing threads; claims use a compare-and-swap on the cursor.</summary>
    Multi,
}
