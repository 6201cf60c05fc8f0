namespace NQStream.Market.Pricing;

/// <summary>Why a Black-76 input set was rejected (none = valid). Turned into a one-line message by <see cref="PricingThrowHelper"/>.</summary>
public enum PricingInputError : byte
{
    /// <summary>The inputs are valid.</summary>
    None = 0,

    /// <summary>F is not a finite number &gt; 0.</summary>
    Forward,

    /// <summary>K is not a finite number &gt; 0.</summary>
    Strike,

    /// <summary>T is not a finite number &gt; 0 (an expired option never reaches Black-76, algorithms.md §0.3).</summary>
    Time,

    /// <summary>r is not finite, or the discount factor e^(−rT) overflows.</summary>
    Rate,

    /// <summary>σ is not a finite number &gt; 0, or σ·√T underflows to 0.</summary>
    Volatility,

    /// <summary>The option price given to the implied-volatility solver is not finite.</summary>
    OptionPrice,

    /// <summary>The inputs are valid numbers but a result does not fit in a double (e.g. F ≈ 1e308 with e^(−rT) &gt; 1).</summary>
    Overflow,
}
