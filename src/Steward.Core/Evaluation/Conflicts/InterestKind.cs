namespace Steward.Core.Evaluation.Conflicts;

/// <summary>
/// What an evaluator declares about one bidder: no interest, or an interest that is personal, professional or
/// financial, direct or indirect (PA 2023 s.81(4)).
/// </summary>
public enum InterestKind
{
    None,
    Personal,
    Professional,
    Financial,
}
