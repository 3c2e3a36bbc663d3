using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>Every social value criterion serves a goal of the buyer's, and names the measures winning commitments are held to.</summary>
public static partial class DesignChecker
{
    private const string GoalReference = "PA 2023 s.23(2)(a); PPN 002 step 1 (select an outcome that relates to the subject matter)";

    private static void GoalsAndMeasures(TenderDesign design, DesignLot lot, string path, DesignCheckSettings settings, List<DesignFinding> findings)
    {
        foreach (var criterion in lot.Criteria.Concat(lot.Criteria.SelectMany(c => c.SubCriteria)))
        {
            var goals = new List<Goal>();
            foreach (var reference in criterion.Goals)
            {
                if (design.Goals.FirstOrDefault(g => g.Id == reference) is { } goal)
                {
                    if (goal.Owner is { } owner && design.Buyer.Id is { } buyer && owner != buyer)
                    {
                        Error(findings, "GOAL_OF_ANOTHER_BUYER", criterion.Path + ".goals",
                            $"Criterion {criterion.Id} names goal \"{goal.Id}\", which belongs to {owner}, not to the buyer {buyer}; a buyer's criteria serve its own goals.", GoalReference);
                    }
                    else if (goal.Status != GoalStatus.Active)
                    {
                        Warning(findings, "GOAL_NOT_ACTIVE", criterion.Path + ".goals",
                            $"Criterion {criterion.Id} serves goal \"{goal.Title}\", whose status is {goal.Status.ToString().ToLowerInvariant()}, not active.", GoalReference);
                    }

                    goals.Add(goal);
                }
                else if (settings.Models.Resolve(reference) is not { } outcome)
                {
                    Error(findings, "GOAL_UNKNOWN", criterion.Path + ".goals",
                        $"Criterion {criterion.Id} names goal \"{reference}\", which is neither one of the buyer's goals nor a Social Value Model outcome (written MODEL:OUTCOME, e.g. ppn002:1).", GoalReference);
                }
                else
                {
                    goals.Add(new Goal(reference, outcome.Outcome.Name, outcome.Outcome.Description, reference, null, null, null, GoalStatus.Active, []));
                }
            }

            var measures = goals.SelectMany(g => g.Measures).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in criterion.Measures.Where(m => !measures.Contains(m)))
            {
                Error(findings, "MEASURE_UNKNOWN", criterion.Path + ".measures",
                    $"Criterion {criterion.Id} holds commitments to measure \"{unknown}\", which none of the goals it serves tracks.", GoalReference);
            }

            if (criterion.Kind != CriterionKind.SocialValue || lot.Criteria.Contains(criterion) == false && criterion.Goals.Count == 0)
            {
                continue;
            }

            var inherited = criterion.Goals.Count > 0 || criterion.SubCriteria.Count > 0 && criterion.SubCriteria.All(s => s.Goals.Count > 0);
            if (!inherited)
            {
                Error(findings, "SOCIAL_VALUE_NO_GOAL", criterion.Path + ".goals",
                    $"Social value criterion {criterion.Id} serves no goal; name the buyer's goal or the model outcome it is for, so what is scored is what the buyer is trying to achieve.", GoalReference);
            }
            else if (criterion.Measures.Count == 0 && criterion.SubCriteria.All(s => s.Measures.Count == 0))
            {
                Warning(findings, "SOCIAL_VALUE_NO_MEASURE", criterion.Path + ".measures",
                    $"Social value criterion {criterion.Id} names no measure, so the winner's commitments would have nothing to be reported against.", "PPN 002 (reporting metrics); PA 2023 s.52 (KPIs)");
            }
        }
    }
}
