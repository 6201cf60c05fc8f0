using System.Globalization;

namespace NQStream.Core.Configuration.Schema;

/// <summary>
/// The configuration's duration syntax: a non-negative number followed by a unit, <c>ms</c>, <c>s</c>,
/// <c>min</c>, <c>h</c> or <c>d</c> (<c>200ms</c>, <c>10s</c>, <c>1.5min</c>, <c>15min</c>); a bare <c>0</c> is zero.
/// </summary>
public static class Duration
{
    /// <summary>How the syntax is described in error messages.</summary>
    public const string Description = "duration such as 200ms, 10s, 5min, 1h";

    private static readonly (string Unit, long Ticks)[] Units =
    [
        ("d", TimeSpan.TicksPerDay),
        ("h", TimeSpan.TicksPerHour),
        ("min", TimeSpan.TicksPerMinute),
        ("s", TimeSpan.TicksPerSecond),
        ("ms", TimeSpan.TicksPerMillisecond),
    ];

    /// <summary>Parses a duration; false for anything else (negative, unknown unit, finer than 100 ns).</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s == "0")
        {
            return true;
        }

        var split = 0;
        while (split < s.Length && (char.IsAsciiDigit(s[split]) || s[split] == '.'))
        {
            split++;
        }

        var unit = s[split..].Trim();
        if (split == 0 || !decimal.TryParse(s[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        foreach (var (name, ticks) in Units)
        {
            if (!string.Equals(name, unit, StringComparison.Ordinal))
            {
                continue;
            }

            var total = number * ticks;
            if (total != decimal.Truncate(total) || total > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }

            value = TimeSpan.FromTicks((long)total);
            return true;
        }

        return false;
    }

    /// <summary>Formats a duration in the largest unit that represents it exactly (<c>300s</c> → <c>5min</c>).</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        foreach (var (name, ticks) in Units)
        {
            if (value.Ticks % ticks == 0)
            {
                return (value.Ticks / ticks).ToString(CultureInfo.InvariantCulture) + name;
            }
        }

        var ms = (decimal)value.Ticks / TimeSpan.TicksPerMillisecond;
        return ms.ToString(CultureInfo.InvariantCulture) + "ms";
    }
}
