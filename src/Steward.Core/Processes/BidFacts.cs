namespace Steward.Core.Processes;

/// <summary>One bid from <c>bids.details</c> (OCDS bid extension): who submitted it, when, for how much, and its status.</summary>
public sealed record BidFacts
{
    public required string BidId { get; init; }

    /// <summary>pending, valid, disqualified or withdrawn (bidStatus codelist).</summary>
    public string? Status { get; init; }

    public DateTimeOffset? Date { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public IReadOnlyList<string> RelatedLots { get; init; } = [];

    /// <summary>The party ids of its tenderers (a consortium lists several).</summary>
    public IReadOnlyList<string> TendererPartyIds { get; init; } = [];

    /// <summary>How many entries <c>tenderers[]</c> has, including any without an id.</summary>
    public int TendererCount { get; init; }
}
