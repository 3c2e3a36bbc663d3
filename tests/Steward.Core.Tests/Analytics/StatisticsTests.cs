using Steward.Core.Analytics;

namespace Steward.Core.Tests.Analytics;

public class StatisticsTests
{
    [Fact]
    public void Quartiles_are_hyndman_fan_type_8_as_cardinal_computes_them()
    {
        // n = 4: h = (4 + 1/3)·0.25 + 1/3 = 1.41667 → x1 + 0.41667·(x2 − x1) = 1.41667;
        // h = (4 + 1/3)·0.75 + 1/3 = 3.58333 → x3 + 0.58333·(x4 − x3) = 3.58333.
        double[] values = [1, 2, 3, 4];
        Assert.Equal(1.416667, Statistics.Quantile(values, 0.25), 6);
        Assert.Equal(3.583333, Statistics.Quantile(values, 0.75), 6);
        Assert.Equal(2.5, Statistics.Quantile(values, 0.5), 6);
    }

    [Fact]
    public void Quantiles_clamp_to_the_ends_and_are_nan_when_empty()
    {
        Assert.Equal(7, Statistics.Quantile([7], 0.25));
        Assert.Equal(1, Statistics.Quantile([1, 9], 0.01));
        Assert.Equal(9, Statistics.Quantile([1, 9], 0.99));
        Assert.True(double.IsNaN(Statistics.Quantile([], 0.5)));
        Assert.Null(Statistics.Median([]));
    }

    [Fact]
    public void Fences_are_one_and_a_half_interquartile_ranges_beyond_the_quartiles()
    {
        // Sorted: 0.01 0.40 0.45 0.48 0.50 0.52 0.55 0.60 3.0 (n = 9).
        // Q1: h = 2.6667 → 0.40 + 0.6667·0.05 = 0.43333; Q3: h = 7.3333 → 0.55 + 0.3333·0.05 = 0.56667; IQR = 0.13333.
        var fences = Statistics.Fences([0.50, 0.40, 3.0, 0.45, 0.48, 0.01, 0.52, 0.55, 0.60]);
        Assert.Equal(9, fences.Count);
        Assert.Equal(0.433333, fences.Q1, 5);
        Assert.Equal(0.566667, fences.Q3, 5);
        Assert.Equal(0.233333, fences.Lower, 5);
        Assert.Equal(0.766667, fences.Upper, 5);
    }

    [Fact]
    public void Percent_rank_counts_ties_as_half()
    {
        double[] peers = [1, 2, 2, 3];
        Assert.Equal(12.5, Statistics.PercentRank(peers, 1));
        Assert.Equal(50, Statistics.PercentRank(peers, 2));
        Assert.Equal(100, Statistics.PercentRank(peers, 4));
        Assert.Equal(0, Statistics.PercentRank(peers, 0));
    }
}
