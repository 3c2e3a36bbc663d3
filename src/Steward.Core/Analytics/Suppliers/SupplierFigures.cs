namespace Steward.Core.Analytics.Suppliers;

/// <summary>One supplier's awards in the window, its buyers and its share of each market it sells in (docs/indicators.md, "Suppliers").</summary>
public sealed record SupplierFigures
{
    /// <summary>The Steward organisation id.</summary>
    public required string SupplierId { get; init; }

    public string? Name { get; init; }

    /// <summary>The scale it published on its latest award.</summary>
    public string? Scale { get; init; }

    public bool? Vcse { get; init; }

    public int Awards { get; init; }

    /// <summary>Its equal share of the value of each counted award it is a supplier of.</summary>
    public double AwardValue { get; init; }

    /// <summary>Distinct buyers (by <c>buyer.id</c>, else name) it won awards from.</summary>
    public int Buyers { get; init; }

    public required IReadOnlyList<SupplierMarketShare> Markets { get; init; }
}

/// <summary>A supplier in one market over the window: its awards, value and share of the market's valued awards.</summary>
public sealed record SupplierMarketShare(string Cpv, string Region, int Awards, double Value, double? Share);
