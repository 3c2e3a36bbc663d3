namespace Steward.Core.OpenBook;

/// <summary>
/// Prices per unit for one (service category, unit, region), across buyers and years. When fewer than
/// <see cref="UnitCostBenchmark.MinimumBuyers"/> distinct buyers contribute, only the counts are given: every
/// price figure is null and <see cref="Buyers"/> is empty, so that no buyer's prices can be read off (disclosure control).
/// </summary>
public sealed record UnitCostGroup
{
    public required string ServiceCategory { get; init; }

    public required string Unit { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>Observations used (price per unit from £0.01 to £1 trillion).</summary>
    public required int Count { get; init; }

    /// <summary>Observations left out because their price was below a penny or above £1 trillion.</summary>
    public required int Excluded { get; init; }

    /// <summary>Distinct buyers among the observations used.</summary>
    public required int DistinctBuyers { get; init; }

    /// <summary>Earliest year among the observations used; null when none are used.</summary>
    public int? FirstYear { get; init; }

    /// <summary>Latest year among the observations used; null when none are used.</summary>
    public int? LastYear { get; init; }

    /// <summary>Whether the figures are withheld because fewer than three distinct buyers contribute.</summary>
    public required bool Suppressed { get; init; }

    public decimal? Min { get; init; }

    /// <summary>25th percentile, type 7 (linear interpolation).</summary>
    public decimal? LowerQuartile { get; init; }

    public decimal? Median { get; init; }

    /// <summary>75th percentile, type 7 (linear interpolation).</summary>
    public decimal? UpperQuartile { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Each buyer's median against the group's, ordered by buyer id; empty when suppressed.</summary>
    public required IReadOnlyList<BuyerUnitCost> Buyers { get; init; }
}
