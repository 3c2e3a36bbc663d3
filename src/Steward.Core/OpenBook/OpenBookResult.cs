namespace Steward.Core.OpenBook;

/// <summary>
/// The figures of one open-book submission (docs/open-book.md gives each formula). Figures are exact (not rounded);
/// one that cannot be computed is null, never 0.
/// </summary>
public sealed record OpenBookResult
{
    public required string TemplateId { get; init; }

    public required string SupplierId { get; init; }

    public string? SupplierName { get; init; }

    /// <summary>The template's service category, if it gives one.</summary>
    public string? ServiceCategory { get; init; }

    /// <summary>The unit priced, e.g. "placement-week".</summary>
    public required string Unit { get; init; }

    /// <summary>The units the submission's amounts cover.</summary>
    public required decimal Units { get; init; }

    /// <summary>Total cost: every line except Margin lines.</summary>
    public required decimal TotalCost { get; init; }

    /// <summary>The total of the Margin lines (negative for a loss).</summary>
    public required decimal Margin { get; init; }

    /// <summary>Total price = total cost + margin.</summary>
    public required decimal TotalPrice { get; init; }

    /// <summary>
    /// Operating margin: margin ÷ price × 100, the measure the CMA used for providers' profitability; null unless the
    /// price is above zero.
    /// </summary>
    public decimal? MarginPercentOfPrice { get; init; }

    /// <summary>Mark-up: margin ÷ cost × 100; null unless the cost is above zero.</summary>
    public decimal? MarkupPercentOfCost { get; init; }

    /// <summary>Total cost ÷ units.</summary>
    public decimal? CostPerUnit { get; init; }

    /// <summary>Total price ÷ units.</summary>
    public decimal? PricePerUnit { get; init; }

    /// <summary>One entry per <see cref="CostCategory"/>, in the enum's order, Margin included.</summary>
    public required IReadOnlyList<CategorySubtotal> Categories { get; init; }
}
