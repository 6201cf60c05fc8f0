namespace NQStream.Core.Edges;

/// <summary>What a sink edge does when its bounded Dataflow block is full. Every choice is counted; none drops silently.</summary>
public enum SinkOverflowPolicy
{
    /// <summary>Wait for room: the operator stalls, the ring fills, the producer waits (backpressure to the feed).</summary>
    Block,

    /// <summary>Drop the item, count it (<c>nqstream.sink.dropped</c>) and log the running total.</summary>
    DropAndCount,

    /// <summary>Append the item to a spill file and deliver it, in order, once the block has room.</summary>
    SpillToDisk,
}
