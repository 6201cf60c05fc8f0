using System.Globalization;
using System.Text;
using NQStream.Operators.Options;

namespace NQStream.Operators.Signals;

/// <summary>
/// Formats the one-line human rationale of a signal, invariant culture, e.g.
/// <c>VOLUME_SHOCK BULLISH NQZ6 C21000 class=HIGH priority=HIGH: ratio=12.5, z=4.2, premium_usd=250000</c>.
/// Feature values are written with at most four decimals.
/// </summary>
public static class SignalRationale
{
    /// <summary>Builds the rationale.</summary>
    /// <param name="kind">What triggered it.</param>
    /// <param name="direction">Direction.</param>
    /// <param name="rawSymbol">Raw symbol of the instrument.</param>
    /// <param name="ratioClass">Confirmed class.</param>
    /// <param name="priority">Priority.</param>
    /// <param name="features">Feature values, in order.</param>
    public static string Format(SignalKind kind, SignalDirection direction, string rawSymbol, RatioClass ratioClass, SignalPriority priority, IReadOnlyList<SignalFeature> features)
    {
        ArgumentNullException.ThrowIfNull(rawSymbol);
        ArgumentNullException.ThrowIfNull(features);
        var sb = new StringBuilder(96);
        sb.Append(SignalNames.Of(kind)).Append(' ')
          .Append(SignalNames.Of(direction)).Append(' ')
          .Append(rawSymbol)
          .Append(" class=").Append(SignalNames.Of(ratioClass))
          .Append(" priority=").Append(SignalNames.Of(priority));
        for (var i = 0; i < features.Count; i++)
        {
            sb.Append(i == 0 ? ": " : ", ")
              .Append(features[i].Name).Append('=')
              .Append(features[i].Value.ToString("0.####", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
