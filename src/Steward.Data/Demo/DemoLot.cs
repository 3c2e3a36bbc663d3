namespace Steward.Data.Demo;

/// <summary>One lot of a demo process and who won it.</summary>
internal sealed record DemoLot
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required double Value { get; init; }

    public required bool SuitableForSme { get; init; }

    public required bool SuitableForVcse { get; init; }

    public required string? Reserved { get; init; }

    public required int PriceWeight { get; init; }

    public required int QualityWeight { get; init; }

    public required int SocialValueWeight { get; init; }

    public required int Bids { get; init; }

    public required int SmeBids { get; init; }

    public required DemoOrganisation Supplier { get; init; }

    public required double AwardValue { get; init; }

    public required int ContractMonths { get; init; }

    /// <summary>The bids, when the process publishes <c>bids.details</c>; else empty.</summary>
    public IReadOnlyList<DemoBid> BidDetails { get; init; } = [];
}
