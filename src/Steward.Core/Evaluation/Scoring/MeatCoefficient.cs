using Steward.Core.Common;

namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// ProZorro's MEAT coefficient (evaluation-methods.md §1.2 F11, §7.1, T10): each non-price feature has published values
/// from 0 to at most 0.3 in all; a bid's price is divided by <c>1 + Σv / (1 − Σvmax)</c> and the lowest adjusted price
/// wins, a tie going to the earlier bid. Steward computes it to compare with ProZorro's published awards; it is not
/// offered as a design's price method, because its quality is what bidders declare rather than what evaluators mark.
/// </summary>
public static class MeatCoefficient
{
    public const string Code = "MEAT_COEFFICIENT";

    /// <summary>ProZorro's cap on the features' combined maximum (0.25 for ESCO, 0.99 for competitive dialogue).</summary>
    public const decimal DefaultCap = 0.3m;

    /// <summary>The adjusted price of each bid, lowest (then earliest) first; an error for features over the cap or declared values off them.</summary>
    public static Result<IReadOnlyList<(string Bidder, decimal Price, decimal Coefficient, decimal Adjusted)>> Rank(
        IReadOnlyDictionary<string, decimal> featureMaxima, IReadOnlyList<(string Bidder, decimal Price, IReadOnlyDictionary<string, decimal> Declared, DateTimeOffset Submitted)> bids,
        decimal cap = DefaultCap)
    {
        ArgumentNullException.ThrowIfNull(featureMaxima);
        ArgumentNullException.ThrowIfNull(bids);
        var total = featureMaxima.Values.Sum();
        if (total > cap || featureMaxima.Values.Any(v => v < 0m))
        {
            return new Error(Code, $"features: their maxima add up to {total}, over the cap of {cap} (ProZorro validate_features_custom_weight)");
        }

        foreach (var bid in bids)
        {
            foreach (var (feature, value) in bid.Declared)
            {
                if (!featureMaxima.TryGetValue(feature, out var max) || value < 0m || value > max)
                {
                    return new Error(Code, $"{bid.Bidder}.{feature}: {value} is not a value of the feature (0 to {(featureMaxima.TryGetValue(feature, out var m) ? m : 0m)})");
                }
            }
        }

        return Result<IReadOnlyList<(string, decimal, decimal, decimal)>>.Success([.. bids
            .Select(b =>
            {
                var coefficient = 1m + (b.Declared.Values.Sum() / (1m - total));
                return (b.Bidder, b.Price, coefficient, b.Price / coefficient, b.Submitted);
            })
            .OrderBy(b => b.Item4).ThenBy(b => b.Submitted)
            .Select(b => (b.Bidder, b.Price, b.coefficient, b.Item4))]);
    }
}
