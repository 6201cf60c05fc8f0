namespace NQStream.Operators.Pipeline;

/// <summary>When the pipeline emits a per-instrument OFI or aggressor-imbalance window (the same windows either way).</summary>
public enum WindowClose
{
    /// <summary>
    /// Soon after the watermark (largest ts_event, less 1 s lateness) passes the window's end, or at the instrument's
    /// next record if that comes first (default): windows come out on time, also for a quiet instrument, and close to
    /// time order, which keeps the store's index inserts local (end to end +5–25 %). Costs the pipeline 8–19 %
    /// (closing windows of instruments whose state is no longer in cache) and raises the paced tail.
    /// </summary>
    Watermark,

    /// <summary>
    /// At the instrument's next record (or the end of the data): the least pipeline time and the lowest paced latency,
    /// but a quiet instrument's window can come out hours after it ended, and the store's index receives rows far out
    /// of key order.
    /// </summary>
    Record,
}
