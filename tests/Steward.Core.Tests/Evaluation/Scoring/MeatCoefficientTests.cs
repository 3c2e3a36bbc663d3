using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tests.Evaluation.Scoring;

/// <summary>ProZorro's MEAT coefficient: evaluation-methods.md §8 T10 (§7.1's worked check).</summary>
public sealed class MeatCoefficientTests
{
    private static readonly Dictionary<string, decimal> Features = new() { ["delivery"] = 0.15m, ["warranty"] = 0.10m };

    private static readonly DateTimeOffset At = new(2027, 1, 11, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rank_T10_XWinsAtItsAdjustedPrice_ThoughItsPriceIsHighest()
    {
        // Act
        var ranked = MeatCoefficient.Rank(Features,
        [
            ("X", 100_000m, new Dictionary<string, decimal> { ["delivery"] = 0.15m, ["warranty"] = 0.10m }, At),
            ("Y", 90_000m, new Dictionary<string, decimal> { ["delivery"] = 0m, ["warranty"] = 0m }, At),
            ("Z", 95_000m, new Dictionary<string, decimal> { ["delivery"] = 0.10m, ["warranty"] = 0.05m }, At),
        ]).Value;

        // Assert
        Assert.Equal(["X", "Z", "Y"], ranked.Select(r => r.Bidder));
        Assert.Equal(75_000.00m, decimal.Round(ranked[0].Adjusted, 2));
        Assert.Equal(79_166.67m, decimal.Round(ranked[1].Adjusted, 2));
        Assert.Equal(90_000.00m, decimal.Round(ranked[2].Adjusted, 2));
        Assert.Equal(4m / 3m, decimal.Round(ranked[0].Coefficient, 10), 10);
    }

    [Fact]
    public void Rank_ATie_GoesToTheEarlierBid_AndFeaturesOverTheCapAreRefused()
    {
        // Act
        var tied = MeatCoefficient.Rank(Features, [("Late", 90_000m, new Dictionary<string, decimal>(), At.AddHours(1)), ("Early", 90_000m, new Dictionary<string, decimal>(), At)]).Value;
        var over = MeatCoefficient.Rank(new Dictionary<string, decimal> { ["a"] = 0.2m, ["b"] = 0.2m }, []);
        var offValue = MeatCoefficient.Rank(Features, [("X", 1m, new Dictionary<string, decimal> { ["delivery"] = 0.5m }, At)]);

        // Assert
        Assert.Equal("Early", tied[0].Bidder);
        Assert.Contains("over the cap of 0.3", over.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("X.delivery: 0.5", offValue.Error?.Message, StringComparison.Ordinal);
    }
}
