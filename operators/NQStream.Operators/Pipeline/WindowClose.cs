namespace NQStream.Operators.Pipeline;

/// <summary>When the pipeline emits a per-instrument OFI or aggressor-imbalance window (the same windows either way).</summary>
public enum WindowClose
{
    /// <summary>
    /// Soon after the watermark (largest ts_event, less 1 s lateness) passes the window's end, or at the instrument's
    /// next record if that comes first: windows come out in time order and on time, also for a quiet instrument. Costs
    /// the pipeline 7–10 % (closing windows of instruments whose state is no longer in cache).
    /// </summary>
    Watermark,

    /// <summary>
    /// At the instrument's next record (or the end of the data): the cheapest, but a quiet instrument's window can come
    /// out hours after it ended, and the store's index receives rows far out of key order.
    /// </summary>
    Record,
}
