namespace Steward.Data.Delivery;

/// <summary>What the buyer decides on a submitted report: verify it (it counts as delivered), query it (the supplier corrects it) or reject it.</summary>
public enum ReportDecision
{
    Verify,
    Query,
    Reject,
}
