using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

public class UnitCostBenchmarkTests
{
    private static UnitCostObservation Obs(string buyer, decimal price, string region = "TLC", int year = 2025) =>
        new(buyer, region, "childrens-homes", "placement-week", year, price);

    [Theory]
    [InlineData(0.25, 2.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(0.75, 4.0)]
    [InlineData(0.1, 1.4)]
    [InlineData(1.0, 5.0)]
    public void Quantile_KnownSet_IsType7(double probability, double expected)
    {
        // Arrange: 1..5, h = 4p.
        decimal[] sorted = [1, 2, 3, 4, 5];

        // Act
        var value = UnitCostBenchmark.Quantile(sorted, (decimal)probability);

        // Assert
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Quantile_EvenSet_Interpolates()
    {
        // Arrange: n = 4; Q1 h = 0.75 → 10 + 0.75·10 = 17.5; Q3 h = 2.25 → 30 + 0.25·10 = 32.5.
        decimal[] sorted = [10, 20, 30, 40];

        // Act
        var (q1, median, q3) = (UnitCostBenchmark.Quantile(sorted, 0.25m), UnitCostBenchmark.Quantile(sorted, 0.5m), UnitCostBenchmark.Quantile(sorted, 0.75m));

        // Assert
        Assert.Equal(17.5m, q1);
        Assert.Equal(25m, median);
        Assert.Equal(32.5m, q3);
        Assert.Null(UnitCostBenchmark.Quantile([], 0.5m));
    }

    [Fact]
    public void Compute_ThreeBuyers_GivesQuartilesAndRatios()
    {
        // Arrange: prices 3000, 3500, 4000, 5000; buyer b has two (3500, 4000 → median 3750).
        var observations = new[] { Obs("a", 3000), Obs("b", 3500), Obs("b", 4000, year: 2024), Obs("c", 5000) };

        // Act
        var group = Assert.Single(UnitCostBenchmark.Compute(observations));

        // Assert
        Assert.False(group.Suppressed);
        Assert.Equal(4, group.Count);
        Assert.Equal(3, group.DistinctBuyers);
        Assert.Equal(3000m, group.Min);
        Assert.Equal(3375m, group.LowerQuartile);
        Assert.Equal(3750m, group.Median);
        Assert.Equal(4250m, group.UpperQuartile);
        Assert.Equal(5000m, group.Max);
        Assert.Equal((2024, 2025), (group.FirstYear, group.LastYear));
        Assert.Equal(["a", "b", "c"], group.Buyers.Select(b => b.BuyerId));
        Assert.Equal(3000m / 3750m, group.Buyers[0].RatioToGroupMedian);
        Assert.Equal(1m, group.Buyers[1].RatioToGroupMedian);
        Assert.Equal(2, group.Buyers[1].Count);
    }

    [Fact]
    public void Compute_TwoBuyers_CountsButWithholdsFigures()
    {
        // Arrange
        var observations = new[] { Obs("a", 3000), Obs("b", 3500), Obs("b", 4000) };

        // Act
        var group = Assert.Single(UnitCostBenchmark.Compute(observations));

        // Assert
        Assert.True(group.Suppressed);
        Assert.Equal(3, group.Count);
        Assert.Equal(2, group.DistinctBuyers);
        Assert.Null(group.Min);
        Assert.Null(group.LowerQuartile);
        Assert.Null(group.Median);
        Assert.Null(group.UpperQuartile);
        Assert.Null(group.Max);
        Assert.Empty(group.Buyers);
    }

    [Fact]
    public void Compute_Regions_AreSeparateGroupsAndBadPricesExcluded()
    {
        // Arrange
        var observations = new[] { Obs("a", 3000, "TLC"), Obs("b", 0, "TLC"), Obs("c", 2000, "TLD") };

        // Act
        var groups = UnitCostBenchmark.Compute(observations);

        // Assert
        Assert.Equal(["TLC", "TLD"], groups.Select(g => g.RegionCode));
        Assert.Equal((1, 1, 1), (groups[0].Count, groups[0].Excluded, groups[0].DistinctBuyers));
        Assert.Equal((1, 0), (groups[1].Count, groups[1].Excluded));
    }
}
