namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// What a supplier submits for one lot (BID.json, docs/evaluation.md): the price, an answer to each criterion, the
/// social value it commits to, an open-book cost breakdown where the lot asks for one, and its declarations. This is
/// the content sealed in the tender box; nobody reads it before the deadline.
/// </summary>
/// <param name="Lot">The lot's id in the design.</param>
/// <param name="Price">The whole price for the lot, in the design's currency.</param>
/// <param name="Responses">An answer per criterion id (leaf criteria and pass/fail ones; not price).</param>
/// <param name="Commitments">Social value commitments, each against a measure the tender's criteria hold winners to.</param>
/// <param name="Declarations">The supplier's declarations.</param>
/// <param name="Costs">The open-book breakdown: line id to amount (totals for the contract period), when the lot asks for one.</param>
/// <param name="CostUnits">How many units the breakdown's totals cover.</param>
public sealed record BidContent(
    string Lot,
    decimal Price,
    IReadOnlyDictionary<string, CriterionResponse> Responses,
    IReadOnlyList<Commitment> Commitments,
    BidDeclarations Declarations,
    IReadOnlyDictionary<string, decimal> Costs,
    decimal? CostUnits = null);
