using System.Globalization;

namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// Flags prices that may be abnormally low. The Act sets no numeric trigger (PA 2023 s.19(3)(c)), so Steward uses the
/// two published triggers ProZorro applies (evaluation-methods.md §3.5): at least 40% below the mean of the other
/// bids, or at least 30% below the next price up. A flag is a question to put to the supplier (s.19(4)), never an
/// exclusion by itself.
/// </summary>
public static class AbnormallyLow
{
    public const decimal BelowMeanOfOthers = 0.40m;

    public const decimal BelowNext = 0.30m;

    /// <summary>For each price, the reason it is flagged, or null.</summary>
    public static IReadOnlyList<string?> Flag(IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return [.. prices.Select((price, i) =>
        {
            if (prices.Count < 2)
            {
                return null;
            }

            var others = prices.Where((_, j) => j != i).ToList();
            var mean = others.Average();
            var next = prices.Where(p => p > price).DefaultIfEmpty(price).Min();
            var belowMean = mean == 0 ? 0 : (mean - price) / mean;
            var belowNext = next == 0 ? 0 : (next - price) / next;
            var reasons = new List<string>();
            if (belowMean >= BelowMeanOfOthers)
            {
                reasons.Add($"{Percent(belowMean)} below the mean of the other bids");
            }

            if (belowNext >= BelowNext)
            {
                reasons.Add($"{Percent(belowNext)} below the next price");
            }

            return reasons.Count == 0 ? null : $"possibly abnormally low: {string.Join(" and ", reasons)}; ask the supplier to explain before deciding (PA 2023 s.19(4))";
        })];
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
