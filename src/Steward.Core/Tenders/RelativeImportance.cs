namespace Steward.Core.Tenders;

/// <summary>How a lot publishes its criteria's relative importance (PA 2023 s.23(3)(b)).</summary>
public enum RelativeImportance
{
    /// <summary>By weighting, in marks or percent (s.23(3)(b)(i)).</summary>
    Weighting,

    /// <summary>By listing the criteria in order of importance (s.23(3)(b)(ii)).</summary>
    Order,
}
