namespace Steward.Core.Tenders;

/// <summary>Which way a measure should move for the goal to be met.</summary>
public enum MeasureDirection
{
    Increase,
    Decrease,
    Maintain,
}
