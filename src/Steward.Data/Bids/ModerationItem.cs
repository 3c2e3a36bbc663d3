using Steward.Core.Evaluation.Moderation;
using Steward.Core.Tenders;

namespace Steward.Data.Bids;

/// <summary>One criterion of a bid in moderation: how many evaluators mark it, their marks once all have, and the moderated mark.</summary>
public sealed record ModerationItem(DesignCriterion Criterion, int Evaluators, int Marked, IReadOnlyList<IndividualScore> Marks, ModeratedScore? Moderated)
{
    public bool Ready => Evaluators > 0 && Marked >= Evaluators;
}
