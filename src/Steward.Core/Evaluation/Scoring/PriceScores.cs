namespace Steward.Core.Evaluation.Scoring;

/// <summary>
/// The price marks each compliant bid earns under an additive method (F1–F6), in exact decimal arithmetic (F6 needs a
/// logarithm, taken in double precision). Rounding is for display only (evaluation-methods.md §2.3).
/// </summary>
public static class PriceScores
{
    public static IReadOnlyList<decimal> Score(PriceMethod method, IReadOnlyList<decimal> prices, decimal priceMarks)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count == 0)
        {
            return [];
        }

        var lowest = prices.Min();
        var highest = prices.Max();
        var mean = prices.Sum() / prices.Count;
        return [.. prices.Select(price => method.Formula switch
        {
            PriceFormula.F1 => price == 0 ? priceMarks : priceMarks * lowest / price,
            PriceFormula.F2 => lowest == 0 ? (price == 0 ? priceMarks : 0m) : Math.Max(0m, priceMarks * (1m - (method.K * (price - lowest) / lowest))),
            PriceFormula.F3 => highest == lowest ? priceMarks : priceMarks * (highest - price) / (highest - lowest),
            PriceFormula.F4 => priceMarks * Clamp((Ceiling(method) - price) / (Ceiling(method) - (method.Floor ?? 0m))),
            PriceFormula.F5 => mean == 0 ? priceMarks / 2 : priceMarks / 100m * Math.Max(0m, 50m - (100m * (price - mean) / mean)),
            PriceFormula.F6 => lowest <= 0 ? priceMarks : priceMarks * Math.Max(0m, 1m - (decimal)(Math.Log((double)(price / lowest)) / Math.Log((double)method.A))),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method.Formula, "Only F1–F6 give price marks; F7, F8, F10, F14 and F15 rank otherwise."),
        })];
    }

    private static decimal Ceiling(PriceMethod method) =>
        method.Ceiling ?? throw new ArgumentException("F4 needs its published ceiling.", nameof(method));

    private static decimal Clamp(decimal value) => Math.Min(1m, Math.Max(0m, value));
}
