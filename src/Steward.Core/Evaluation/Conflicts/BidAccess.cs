namespace Steward.Core.Evaluation.Conflicts;

/// <summary>Whether an evaluator may read and score one bid, and why not.</summary>
public sealed record BidAccess(bool Allowed, string Reason)
{
    public static BidAccess Yes { get; } = new(true, "declared no interest in this bidder");
}
