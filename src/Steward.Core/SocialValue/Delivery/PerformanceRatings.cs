namespace Steward.Core.SocialValue.Delivery;

/// <summary>The names a <see cref="PerformanceRating"/> is stored, published and shown by (PA 2023 s.71).</summary>
public static class PerformanceRatings
{
    /// <summary>The code stored and published: <c>good</c>, <c>approachingTarget</c>, <c>requiresImprovement</c>, <c>inadequate</c>.</summary>
    public static string Code(PerformanceRating rating) => rating switch
    {
        PerformanceRating.Good => "good",
        PerformanceRating.ApproachingTarget => "approachingTarget",
        PerformanceRating.RequiresImprovement => "requiresImprovement",
        PerformanceRating.Inadequate => "inadequate",
        PerformanceRating.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>The words a person reads: "Good", "Approaching target", "Requires improvement", "Inadequate", "Other".</summary>
    public static string Words(PerformanceRating rating) => rating switch
    {
        PerformanceRating.Good => "Good",
        PerformanceRating.ApproachingTarget => "Approaching target",
        PerformanceRating.RequiresImprovement => "Requires improvement",
        PerformanceRating.Inadequate => "Inadequate",
        PerformanceRating.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>
    /// The UK extension's <c>measureClassification</c> id for a rating, as a contract performance notice publishes it:
    /// met, slightlyBelow, below, significantlyBelow, other.
    /// </summary>
    public static string Classification(PerformanceRating rating) => rating switch
    {
        PerformanceRating.Good => "met",
        PerformanceRating.ApproachingTarget => "slightlyBelow",
        PerformanceRating.RequiresImprovement => "below",
        PerformanceRating.Inadequate => "significantlyBelow",
        PerformanceRating.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>The rating a code names (case ignored), or null.</summary>
    public static PerformanceRating? Parse(string? code) =>
        Enum.GetValues<PerformanceRating>().Cast<PerformanceRating?>().FirstOrDefault(r => string.Equals(Code(r!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
