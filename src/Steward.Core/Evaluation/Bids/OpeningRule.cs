namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// Who opens the tender box: one person with the right to run the evaluation, or two different people (one asks,
/// another confirms), as the buyer's settings ask. Either way the opening is an audited act after the deadline.
/// </summary>
public enum OpeningRule
{
    OnePerson,
    TwoPeople,
}
