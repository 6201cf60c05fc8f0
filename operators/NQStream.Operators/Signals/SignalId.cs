using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NQStream.Operators.Signals;

/// <summary>
/// Deterministic signal id: SHA-256 over the triggering data (kind, instrument, <c>ts_event</c>, the ordered
/// feature values written round-trip) and the parameter-set id, truncated to 16 lower-case hex digits.
/// Replaying the same input under the same parameters reproduces every id; a change in either changes it.
/// </summary>
public static class SignalId
{
    /// <summary>Hex digits kept from the digest.</summary>
    public const int Length = 16;

    /// <summary>Computes the id.</summary>
    /// <param name="kind">Signal kind.</param>
    /// <param name="instrumentId">Instrument that triggered it.</param>
    /// <param name="tsEvent"><c>ts_event</c> of the triggering record.</param>
    /// <param name="features">Feature values that triggered it, in operator order.</param>
    /// <param name="parameterSetId">Parameter-set id (<see cref="ParameterSetHash"/>).</param>
    public static string Compute(SignalKind kind, uint instrumentId, long tsEvent, IReadOnlyList<SignalFeature> features, string parameterSetId)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(parameterSetId);
        var sb = new StringBuilder(128);
        sb.Append(SignalNames.Of(kind)).Append('|')
          .Append(instrumentId.ToString(CultureInfo.InvariantCulture)).Append('|')
          .Append(tsEvent.ToString(CultureInfo.InvariantCulture)).Append('|');
        for (var i = 0; i < features.Count; i++)
        {
            sb.Append(features[i].Name).Append('=').Append(features[i].Value.ToString("R", CultureInfo.InvariantCulture)).Append(';');
        }

        sb.Append('|').Append(parameterSetId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..Length];
    }
}
