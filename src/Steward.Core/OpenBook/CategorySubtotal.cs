namespace Steward.Core.OpenBook;

/// <summary>One cost category's part of an <see cref="OpenBookResult"/>.</summary>
public sealed record CategorySubtotal
{
    public required CostCategory Category { get; init; }

    /// <summary>
    /// The total of the submitted lines in this category (optional lines left out count as zero); null when the
    /// template has no line of this category, because then the cost may sit elsewhere and is not known to be zero.
    /// </summary>
    public decimal? Subtotal { get; init; }

    /// <summary>Subtotal ÷ total price × 100; null when the subtotal is null or the price is not above zero.</summary>
    public decimal? ShareOfPricePercent { get; init; }
}
