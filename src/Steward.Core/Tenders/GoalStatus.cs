namespace Steward.Core.Tenders;

/// <summary>Where a goal stands.</summary>
public enum GoalStatus
{
    Draft,
    Active,
    Achieved,
    Retired,
}
