namespace Steward.Core.Evaluation.Bids;

/// <summary>Where a tender box stands: receiving bids (before the deadline), closed and still sealed, or opened.</summary>
public enum BoxState
{
    Receiving,
    Closed,
    Opened,
}
