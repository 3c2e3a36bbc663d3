using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// An award criterion of a lot: what it assesses, its weight (marks; the price criterion's weight is the price marks),
/// the score it is marked out of, an optional minimum (a published pass/fail, PA 2023 s.23(3)(a)) and, for social
/// value, the goals it serves and the measures winning commitments are held to. Sub-criteria split its weight and
/// take its type.
/// </summary>
/// <param name="Path">Where it was read (<c>lots[0].criteria[1]</c>), for findings.</param>
/// <param name="PassFail">A criterion only passed or failed, carrying no marks.</param>
/// <param name="Goals">The ids of the goals it serves: the buyer's goals, or model outcomes (<c>ppn002:1</c>).</param>
/// <param name="Measures">The ids of those goals' measures that winning commitments will be held to.</param>
/// <param name="Id">Unique within the lot; bids score against it.</param>
/// <param name="Title">What it asks, for people.</param>
/// <param name="Kind">Price, quality or social value.</param>
/// <param name="Weight">Its marks; null when the lot ranks its criteria by order of importance.</param>
/// <param name="MaxScore">The score it is marked out of; null for the top of the lot's scale.</param>
/// <param name="MinimumScore">The least score a bid needs on it to stay in (PA 2023 s.23(3)(a)).</param>
/// <param name="SubCriteria">Its sub-criteria, whose weights add up to its own.</param>
public sealed record DesignCriterion(
    string Id,
    string? Title,
    CriterionKind Kind,
    decimal? Weight,
    decimal? MaxScore,
    decimal? MinimumScore,
    bool PassFail,
    IReadOnlyList<string> Goals,
    IReadOnlyList<string> Measures,
    IReadOnlyList<DesignCriterion> SubCriteria,
    string Path = "")
{
    /// <summary>False when the design left out <c>type</c> (read as quality); the checker names it.</summary>
    public bool KindGiven { get; init; } = true;

    /// <summary>The criteria that carry scores: this one, or its sub-criteria (the kind passed down).</summary>
    public IEnumerable<DesignCriterion> Leaves() =>
        SubCriteria.Count == 0 ? [this] : SubCriteria.SelectMany(s => (s with { Kind = Kind, Goals = s.Goals.Count == 0 ? Goals : s.Goals }).Leaves());
}
