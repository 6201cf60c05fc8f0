using System.Globalization;

namespace NQStream.Cli.Replay;

/// <summary><c>--speed max|realtime|Nx</c>: how fast event time is replayed (0 = as fast as possible).</summary>
internal readonly record struct ReplaySpeed(double Factor)
{
    public static ReplaySpeed Max => new(0);

    public bool IsMax => Factor == 0;

    /// <summary>Parses <c>max</c>, <c>realtime</c> (1×) or <c>N</c>/<c>Nx</c> with N &gt; 0.</summary>
    public static bool TryParse(string text, out ReplaySpeed speed)
    {
        speed = Max;
        var t = text.Trim().ToLowerInvariant();
        if (t == "max")
        {
            return true;
        }

        if (t == "realtime")
        {
            speed = new ReplaySpeed(1);
            return true;
        }

        if (t.EndsWith('x'))
        {
            t = t[..^1];
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n))
        {
            speed = new ReplaySpeed(n);
            return true;
        }

        return false;
    }

    public override string ToString() => IsMax ? "max" : Factor == 1 ? "realtime" : Factor.ToString("0.###", CultureInfo.InvariantCulture) + "x";
}
