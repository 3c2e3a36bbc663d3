using Steward.Core.OpenBook;

namespace Steward.Core.Tests.OpenBook;

/// <summary>A children's home template and a submission against it: cost £8,000 + margin £2,000 = £10,000 over 4 placement-weeks.</summary>
internal static class Samples
{
    public static CostTemplate Template() => new()
    {
        Id = "ch-lot-1",
        Title = "Children's home placements, lot 1",
        Unit = "placement-week",
        ExpectedUnits = 52,
        ServiceCategory = "childrens-homes",
        Lines =
        [
            new() { Id = "staff", Label = "Care staff", Category = CostCategory.Staff, Required = true },
            new() { Id = "direct", Label = "Food and activities", Category = CostCategory.OtherDirect, Required = true },
            new() { Id = "overheads", Label = "Head office", Category = CostCategory.Overheads },
            new() { Id = "premises", Label = "Premises lease", Category = CostCategory.Capital, Required = true },
            new() { Id = "margin", Label = "Margin", Category = CostCategory.Margin, Required = true },
        ],
    };

    public static CostSubmission Submission(decimal margin = 2000m) => new()
    {
        TemplateId = "ch-lot-1",
        SupplierId = "GB-COH-01234567",
        SupplierName = "Example Care Ltd",
        Units = 4,
        Lines =
        [
            new() { LineId = "staff", Amount = 5000m },
            new() { LineId = "direct", Amount = 1000m },
            new() { LineId = "overheads", Amount = 500m },
            new() { LineId = "premises", Amount = 1500m },
            new() { LineId = "margin", Amount = margin },
        ],
    };

    /// <summary>A result with exactly the given price and margin (cost = price − margin), 4 placement-weeks.</summary>
    public static OpenBookResult Result(decimal price, decimal margin, string? service = "childrens-homes") => new()
    {
        TemplateId = "ch-lot-1",
        SupplierId = "s",
        ServiceCategory = service,
        Unit = "placement-week",
        Units = 4,
        TotalCost = price - margin,
        Margin = margin,
        TotalPrice = price,
        MarginPercentOfPrice = price > 0 ? margin * 100 / price : null,
        MarkupPercentOfCost = price - margin > 0 ? margin * 100 / (price - margin) : null,
        CostPerUnit = (price - margin) / 4,
        PricePerUnit = price / 4,
        Categories = [],
    };
}
