namespace Steward.Core.Processes;

/// <summary>One award, with the party ids of its suppliers.</summary>
public sealed record AwardFacts
{
    public required string AwardId { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? Date { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public IReadOnlyList<string> RelatedLots { get; init; } = [];

    public IReadOnlyList<string> SupplierPartyIds { get; init; } = [];

    /// <summary>How many entries <c>suppliers[]</c> has, including any without an id.</summary>
    public int SupplierCount { get; init; }

    /// <summary>Entries of <c>suppliers[]</c> without an id (each a supplier Steward cannot resolve).</summary>
    public int SuppliersWithoutId { get; init; }
}
