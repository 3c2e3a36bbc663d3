namespace Steward.Core.Evaluation.Scoring;

/// <summary>What scoring a lot needs of its design: its criteria, price method, quality threshold, tie-break and rounding rule.</summary>
/// <param name="Id">The lot's id.</param>
/// <param name="Criteria">Its award criteria; at most one of kind price.</param>
/// <param name="PriceMethod">How price is scored.</param>
/// <param name="QualityThreshold">The least quality, in percent of the quality marks, a bid needs to be ranked; null for none.</param>
/// <param name="TieBreak">The published tie-break; null when none was published (then a tie is not awarded).</param>
/// <param name="TieDecimals">The published rounding rule: totals equal to this many decimals are a tie.</param>
public sealed record LotDesign(string Id, IReadOnlyList<ScoredCriterion> Criteria, PriceMethod PriceMethod, decimal? QualityThreshold = null, TieBreak? TieBreak = null,
    int TieDecimals = 2);
