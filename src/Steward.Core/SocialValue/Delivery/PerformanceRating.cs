namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// How a contract performed against one KPI over a period, on the scale a contract performance notice (UK9) rates each
/// KPI by (PA 2023 s.71): good (meeting or exceeding it), approaching target, requires improvement (below it),
/// inadequate (significantly below it), or other (none of these describes it).
/// </summary>
public enum PerformanceRating
{
    Good,
    ApproachingTarget,
    RequiresImprovement,
    Inadequate,
    Other,
}
