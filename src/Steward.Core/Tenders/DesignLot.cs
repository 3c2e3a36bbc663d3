using Steward.Core.Evaluation.Scoring;
using Steward.Core.OpenBook;
using Steward.Core.Suppliers;

namespace Steward.Core.Tenders;

/// <summary>A lot of a design: what it buys, any reservation, its contract term and how its bids are scored.</summary>
/// <param name="Reservation">Reserved participation (s.32, s.33, or below threshold smeVcse); null when open to all.</param>
/// <param name="Scale">The published quality scale; a criterion without its own maxScore is marked out of its top.</param>
/// <param name="QualityThreshold">The least quality, in percent of the quality marks, to be ranked.</param>
/// <param name="Path">Where it was read (<c>lots[0]</c>).</param>
/// <param name="Id">Unique within the design; bids name their lot by it.</param>
/// <param name="Title">The lot's title.</param>
/// <param name="Description">What the lot buys, for people.</param>
/// <param name="Value">Its estimated value; null for the design's.</param>
/// <param name="Cpv">What it buys; empty for the design's codes.</param>
/// <param name="ContractStart">The contract term's first day.</param>
/// <param name="ContractEnd">The contract term's last day, extensions included.</param>
/// <param name="Importance">Whether criteria are weighted or listed in order of importance (s.23(3)(b)).</param>
/// <param name="Criteria">The award criteria tree.</param>
/// <param name="PriceMethod">How price is scored.</param>
/// <param name="TieBreak">The published tie-break; null for none.</param>
public sealed record DesignLot(
    string Id,
    string? Title,
    string? Description,
    decimal? Value,
    IReadOnlyList<string> Cpv,
    Reservation? Reservation,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    RelativeImportance Importance,
    IReadOnlyList<DesignCriterion> Criteria,
    PriceMethod? PriceMethod,
    QualityScale? Scale,
    decimal? QualityThreshold,
    TieBreak? TieBreak,
    string Path = "")
{
    /// <summary>
    /// The open-book cost template bidders fill in (docs/open-book.md), as the register's profit-cap tool reads it;
    /// null when the lot asks for no breakdown. The lines must add up to the bid's price.
    /// </summary>
    public CostTemplate? CostTemplate { get; init; }

    /// <summary>The default a criterion is marked out of: the scale's top, else 100.</summary>
    public decimal DefaultMaxScore => Scale?.Max ?? 100m;

    /// <summary>The scoring criteria: each leaf of the tree with marks, and each pass/fail criterion as a minimum.</summary>
    public IReadOnlyList<ScoredCriterion> Scored() =>
    [
        .. Criteria.SelectMany(c => c.Leaves())
            .Select(c => new ScoredCriterion(c.Id, c.Kind, c.PassFail ? 0m : c.Weight ?? 0m, c.MaxScore ?? DefaultMaxScore, c.MinimumScore)),
    ];

    /// <summary>What the scoring engine needs; null without a complete price method.</summary>
    public LotDesign? ForScoring() => PriceMethod is null || PriceMethod.Missing is not null ? null : new LotDesign(Id, Scored(), PriceMethod, QualityThreshold, TieBreak);
}
