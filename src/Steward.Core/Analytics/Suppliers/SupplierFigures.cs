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

    /// <summary>Counted awards it is a supplier of that are spend (not places on a framework or dynamic market).</summary>
    public int Awards { get; init; }

    /// <summary>Its equal share of the value of each of those awards; null when none has a value.</summary>
    public double? AwardValue { get; init; }

    /// <summary>Places it won on frameworks and dynamic markets: their ceilings are not its income, so they carry no value here.</summary>
    public int FrameworkPlaces { get; init; }

    /// <summary>Distinct buyers (the organisations they resolve to) it won awards or places from.</summary>
    public int Buyers { get; init; }

    public required IReadOnlyList<SupplierMarketShare> Markets { get; init; }
}

/// <summary>A supplier in one market over the window: its awards, value and share of the market's valued awards.</summary>
public sealed record SupplierMarketShare(string Cpv, string Region, int Awards, double Value, double? Share);
