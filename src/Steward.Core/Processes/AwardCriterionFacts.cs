namespace Steward.Core.Processes;

/// <summary>One award criterion of a lot, with its weight as published.</summary>
public sealed record AwardCriterionFacts
{
    public required string LotId { get; init; }

    public required int Ordinal { get; init; }

    /// <summary>price, cost or quality.</summary>
    public string? Type { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary><c>numbers[0].number</c>, when published.</summary>
    public decimal? Weight { get; init; }

    /// <summary><c>numbers[0].weight</c>: percentageExact, decimalExact, pointsExact, order…</summary>
    public string? WeightKind { get; init; }
}
