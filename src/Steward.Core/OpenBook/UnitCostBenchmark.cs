using static Steward.Core.OpenBook.OpenBookLimits;

namespace Steward.Core.OpenBook;

/// <summary>
/// Unit-cost benchmarks: how prices per unit spread across buyers for the same service, unit and region
/// (docs/open-book.md, "Unit-cost benchmarks").
/// </summary>
public static class UnitCostBenchmark
{
    /// <summary>The fewest distinct buyers a group needs before its prices are shown (disclosure control).</summary>
    public const int MinimumBuyers = 3;

    /// <summary>
    /// Groups <paramref name="observations"/> by (service category, unit, region code), compared exactly (ordinal),
    /// pooling years, and gives each group's count, distinct buyers, min, quartiles, median and max, and each
    /// buyer's median ÷ the group median. Quantiles are Hyndman and Fan's type 7 (linear interpolation between
    /// order statistics, the default of R and NumPy), not the type 8 that the red-flag fences use. Groups with fewer
    /// than <see cref="MinimumBuyers"/> distinct buyers report their counts with every price figure null.
    /// Groups are ordered by service category, unit and region.
    /// </summary>
    public static IReadOnlyList<UnitCostGroup> Compute(IEnumerable<UnitCostObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return observations
            .GroupBy(o => (o.ServiceCategory, o.Unit, o.RegionCode))
            .OrderBy(g => g.Key.ServiceCategory, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .ThenBy(g => g.Key.RegionCode, StringComparer.Ordinal)
            .Select(Group)
            .ToList();
    }

    /// <summary>
    /// The <paramref name="probability"/> quantile (0–1) of <paramref name="sorted"/> (ascending), type 7:
    /// h = (n − 1)·p, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) counting from 0. Null when empty.
    /// </summary>
    public static decimal? Quantile(IReadOnlyList<decimal> sorted, decimal probability)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1m);
        if (sorted.Count == 0)
        {
            return null;
        }

        var h = (sorted.Count - 1) * probability;
        var k = (int)decimal.Floor(h);
        return k + 1 >= sorted.Count ? sorted[k] : sorted[k] + ((h - k) * (sorted[k + 1] - sorted[k]));
    }

    private static UnitCostGroup Group(IGrouping<(string ServiceCategory, string Unit, string RegionCode), UnitCostObservation> group)
    {
        var used = group.Where(o => o.PricePerUnit is >= MinPrice and <= MaxAmount).ToList();
        var buyers = used.GroupBy(o => o.BuyerId, StringComparer.Ordinal).ToList();
        var suppressed = buyers.Count < MinimumBuyers;
        var result = new UnitCostGroup
        {
            ServiceCategory = group.Key.ServiceCategory,
            Unit = group.Key.Unit,
            RegionCode = group.Key.RegionCode,
            Count = used.Count,
            Excluded = group.Count() - used.Count,
            DistinctBuyers = buyers.Count,
            FirstYear = used.Count == 0 ? null : used.Min(o => o.Year),
            LastYear = used.Count == 0 ? null : used.Max(o => o.Year),
            Suppressed = suppressed,
            Buyers = [],
        };
        if (suppressed)
        {
            return result;
        }

        var sorted = used.Select(o => o.PricePerUnit).Order().ToList();
        var median = Quantile(sorted, 0.5m)!.Value;
        return result with
        {
            Min = sorted[0],
            LowerQuartile = Quantile(sorted, 0.25m),
            Median = median,
            UpperQuartile = Quantile(sorted, 0.75m),
            Max = sorted[^1],
            Buyers = buyers
                .Select(b =>
                {
                    var own = Quantile(b.Select(o => o.PricePerUnit).Order().ToList(), 0.5m)!.Value;
                    return new BuyerUnitCost { BuyerId = b.Key, Count = b.Count(), Median = own, RatioToGroupMedian = own / median };
                })
                .OrderBy(b => b.BuyerId, StringComparer.Ordinal)
                .ToList(),
        };
    }
}
