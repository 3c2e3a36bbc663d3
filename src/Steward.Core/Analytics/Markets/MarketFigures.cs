namespace Steward.Core.Analytics.Markets;

/// <summary>One market in one year (docs/indicators.md, "Markets"). Figures the data cannot give are null.</summary>
public sealed record MarketFigures
{
    /// <summary>CPV division or group, or "unclassified".</summary>
    public required string Cpv { get; init; }

    /// <summary>First-level UK region (NUTS 1 / ITL 1 letters), "UK" for several, or "unknown".</summary>
    public required string Region { get; init; }

    /// <summary>The year of the awards (award date, else the process's first publication).</summary>
    public required int Year { get; init; }

    /// <summary>Processes with a counted award in the market that year.</summary>
    public int Processes { get; init; }

    public int Awards { get; init; }

    public double Value { get; init; }

    /// <summary>Distinct suppliers of counted awards.</summary>
    public int Suppliers { get; init; }

    /// <summary>Herfindahl–Hirschman index (0–10,000) of suppliers' shares of the value Steward can attribute to them.</summary>
    public double? Hhi { get; init; }

    /// <summary>Share of that value won by the four largest suppliers.</summary>
    public double? Top4Share { get; init; }

    /// <summary>Suppliers winning here this year that did not the year before; null when the store holds no awards for the year before.</summary>
    public int? Entries { get; init; }

    /// <summary>Suppliers that won here the year before and not this year; null as for <see cref="Entries"/>.</summary>
    public int? Exits { get; init; }

    public double? SmeShare { get; init; }

    public double? VcseShare { get; init; }

    public double? MedianAwardValue { get; init; }

    /// <summary>Counted awards with a value.</summary>
    public int AwardsValued { get; init; }

    /// <summary>The part of <see cref="Value"/> that went to suppliers Steward could identify, which HHI and top-4 rest on.</summary>
    public double AttributedValue { get; init; }
}
