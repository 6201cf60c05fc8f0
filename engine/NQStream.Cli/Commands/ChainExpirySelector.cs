using System.Globalization;
using NQStream.Cli.Hosting;
using NQStream.Market.Sessions;

namespace NQStream.Cli.Commands;

/// <summary><c>--expiry</c> on DBN input: a Central Time date (YYYY-MM-DD, as in <c>chain show</c>) or an exact instant.</summary>
internal sealed record ChainExpirySelector(string Text, DateOnly? Date, long? InstantNs)
{
    public static ChainExpirySelector Parse(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new ChainExpirySelector(text, date, null);
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new CliException($"--expiry must be a Central Time date YYYY-MM-DD or an ISO 8601 instant such as 2025-06-20T13:30:00Z (got '{text}')");
        }

        return new ChainExpirySelector(text, null, (instant.UtcTicks - DateTime.UnixEpoch.Ticks) * 100);
    }

    public bool Matches(long expirationNs) => InstantNs is long exact
        ? expirationNs == exact
        : expirationNs != long.MaxValue && DateOnly.FromDateTime(CentralTime.ToCentral(expirationNs)) == Date;

    /// <summary>An expiry as it appears in messages: Central Time, minutes.</summary>
    public static string Format(long expirationNs) => expirationNs == long.MaxValue
        ? "none"
        : CentralTime.ToCentral(expirationNs).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " CT";
}
