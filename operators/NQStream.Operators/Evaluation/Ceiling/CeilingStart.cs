namespace NQStream.Operators.Evaluation.Ceiling;

/// <summary>When the oracle "signals" a label: the t₀ of its bracket.</summary>
public enum CeilingStart
{
    /// <summary>t₀ = <c>ts_event_last</c>: the label's last aggressor record, when the simulator starts the informed drift.</summary>
    Last,

    /// <summary>t₀ = <c>ts_event</c>: the label's first print.</summary>
    First,
}
