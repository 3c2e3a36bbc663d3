namespace Steward.Core.OpenBook;

/// <summary>One buyer's prices within a <see cref="UnitCostGroup"/>.</summary>
public sealed record BuyerUnitCost
{
    public required string BuyerId { get; init; }

    /// <summary>The buyer's observations used.</summary>
    public required int Count { get; init; }

    /// <summary>The median of the buyer's own prices per unit (type 7).</summary>
    public required decimal Median { get; init; }

    /// <summary>The buyer's median ÷ the group's median: 1.2 means the buyer pays 20% above the middle of the group.</summary>
    public required decimal RatioToGroupMedian { get; init; }
}
