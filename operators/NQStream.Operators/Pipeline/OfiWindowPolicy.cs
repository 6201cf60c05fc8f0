namespace NQStream.Operators.Pipeline;

/// <summary>
/// Which closed OFI windows (docs/algorithms.md §4.1) the pipeline hands to its <see cref="IIfdSink"/>. OFI is
/// computed the same way under every policy; only the hand-over differs.
/// </summary>
public enum OfiWindowPolicy
{
    /// <summary>Every closed window of every instrument (the sink decides what to keep).</summary>
    All,

    /// <summary>
    /// Every window of the futures; an option's window only when the option also had an aggressor event (§2.4) with
    /// <c>ts_event</c> in that window, i.e. when it has a non-empty aggressor-imbalance window (§4.2) next to it. On an
    /// NQ options day most option windows carry market-maker requotes only: this keeps the OFI where flow happened
    /// and cuts the rows a store has to write by an order of magnitude.
    /// </summary>
    Traded,
}
