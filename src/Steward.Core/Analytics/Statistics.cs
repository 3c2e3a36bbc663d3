namespace Steward.Core.Analytics;

/// <summary>
/// The order statistics the reports and flags use. Quartiles are Hyndman and Fan's type 8 (median-unbiased), the
/// method OCDS Cardinal uses for its fences, so that Steward's fences match Cardinal's on the same data.
/// </summary>
public static class Statistics
{
    /// <summary>The <paramref name="probability"/> quantile (0–1) of <paramref name="sorted"/> (ascending); NaN when empty.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double probability)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var n = sorted.Count;
        if (n == 0)
        {
            return double.NaN;
        }

        var h = ((n + (1.0 / 3)) * probability) + (1.0 / 3);
        var k = (int)Math.Floor(h);
        if (k <= 0)
        {
            return sorted[0];
        }

        if (k >= n)
        {
            return sorted[n - 1];
        }

        return sorted[k - 1] + ((h - k) * (sorted[k] - sorted[k - 1]));
    }

    /// <summary>The median (type 8, which for the median is the usual one); null when empty.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : Quantile(sorted, 0.5);
    }

    /// <summary>Tukey's fences: Q1 − 1.5·IQR and Q3 + 1.5·IQR of the values.</summary>
    public static Fences Fences(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var iqr = q3 - q1;
        return new Fences(sorted.Count, q1, q3, q1 - (1.5 * iqr), q3 + (1.5 * iqr));
    }

    /// <summary>
    /// Where <paramref name="value"/> stands among <paramref name="sorted"/> (ascending), 0–100: the share of values
    /// below it plus half the share equal to it (the mid-rank percentile), so a buyer in the middle of its peers
    /// scores 50 however many peers tie.
    /// </summary>
    public static double PercentRank(IReadOnlyList<double> sorted, double value)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var below = LowerBound(sorted, value);
        var equal = LowerBound(sorted, Math.BitIncrement(value)) - below;
        return 100.0 * (below + (0.5 * equal)) / sorted.Count;
    }

    private static int LowerBound(IReadOnlyList<double> sorted, double value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

/// <summary>Quartiles and Tukey fences of a distribution of <see cref="Count"/> values (NaN when there are none).</summary>
public sealed record Fences(int Count, double Q1, double Q3, double Lower, double Upper);
