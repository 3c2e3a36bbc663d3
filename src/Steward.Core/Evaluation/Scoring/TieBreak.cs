namespace Steward.Core.Evaluation.Scoring;

/// <summary>The published rule that separates bids tied for first (evaluation-methods.md §3.6; it must be published, PA 2023 s.23(3)).</summary>
public enum TieBreak
{
    HigherQuality,
    LowerPrice,
    EarlierSubmission,
}
