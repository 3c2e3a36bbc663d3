namespace Steward.Core.Tenders;

/// <summary>
/// A procurement as a commissioner designs it (DESIGN.json, docs/tenders.md): what it buys, the buyer, value,
/// procedure, timetable, the goals its social value criteria serve, and its lots with their award criteria.
/// Missing facts read as null; the design checker names them.
/// </summary>
public sealed record TenderDesign
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public DesignBuyer Buyer { get; init; } = new(null, null, null);

    public decimal? Value { get; init; }

    public string Currency { get; init; } = "GBP";

    public IReadOnlyList<string> Cpv { get; init; } = [];

    public ContractType ContractType { get; init; } = ContractType.Services;

    public Procedure? Procedure { get; init; }

    /// <summary>The tender period: its first day (the procurement's start, which picks the Social Value Model) and its deadline.</summary>
    public DateOnly? TenderStart { get; init; }

    public DateOnly? TenderEnd { get; init; }

    /// <summary>Whether every tender document is available, and tenders can be submitted electronically, from the notice (s.54(4): 25 rather than 30 days).</summary>
    public bool DocumentsWithNotice { get; init; } = true;

    /// <summary>Whether a qualifying planned procurement notice (UK3) was published 40 days to a year before (s.54(4): 10 days).</summary>
    public bool PlannedProcurementNotice { get; init; }

    /// <summary>Whether the authority relies on a state of urgency (s.54(4): 10 days).</summary>
    public bool Urgent { get; init; }

    /// <summary>The goals its criteria may name: the buyer's own, carried with the design.</summary>
    public IReadOnlyList<Goal> Goals { get; init; } = [];

    public IReadOnlyList<DesignLot> Lots { get; init; } = [];
}
