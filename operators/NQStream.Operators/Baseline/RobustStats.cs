namespace NQStream.Operators.Baseline;

/// <summary>Median and MAD over a scratch span (sorted in place).</summary>
internal static class RobustStats
{
    /// <summary>Median of <paramref name="values"/>; sorts the span. Mean of the two middle values for even counts.</summary>
    public static double Median(Span<double> values)
    {
        if (values.IsEmpty)
        {
            return 0.0;
        }

        values.Sort();
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    /// <summary>Median absolute deviation of <paramref name="values"/> from <paramref name="center"/>; overwrites the span.</summary>
    public static double Mad(Span<double> values, double center)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Abs(values[i] - center);
        }

        return Median(values);
    }
}
