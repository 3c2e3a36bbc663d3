namespace Steward.Core.Evaluation.Summaries;

/// <summary>
/// One criterion in an assessment summary (Procurement Regulations 2024 reg 31(2)(c)–(e)): what it is and how it was
/// scored, the mark and what it earned, the explanation, and its sub-criteria each with their own.
/// </summary>
/// <param name="Id">The criterion's id.</param>
/// <param name="Title">What it asked.</param>
/// <param name="Importance">Its weight in percent, or its place in the order of importance, in words.</param>
/// <param name="Available">The marks available, in words ("0 to 5", "pass or fail").</param>
/// <param name="Score">The moderated mark; null for a parent (see its sub-criteria) or when not assessed.</param>
/// <param name="Marks">What the mark earned towards the total (weight × mark ÷ top); for a parent, its sub-total.</param>
/// <param name="Descriptor">What the published scale says the mark means.</param>
/// <param name="Explanation">Why it got the mark, citing the tender (the moderation's rationale).</param>
/// <param name="SubCriteria">Its sub-criteria, each assessed the same way.</param>
public sealed record CriterionAssessment(
    string Id,
    string Title,
    string Importance,
    string Available,
    decimal? Score,
    decimal? Marks,
    string? Descriptor,
    string? Explanation,
    IReadOnlyList<CriterionAssessment> SubCriteria);
