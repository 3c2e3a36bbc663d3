namespace Steward.Core.Evaluation.Scoring;

/// <summary>What an award criterion assesses (DESIGN.json <c>type</c>).</summary>
public enum CriterionKind
{
    Price,
    Quality,
    SocialValue,
}
