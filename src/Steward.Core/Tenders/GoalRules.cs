using System.Globalization;
using Steward.Core.Common;

namespace Steward.Core.Tenders;

/// <summary>What makes a goal sound enough to keep: an id criteria can name, a title, a real model outcome, a period in order, and measures with a name and unit each.</summary>
public static class GoalRules
{
    public const string Code = "GOAL_INVALID";

    /// <summary>Every problem, each naming its field (<c>measures[1].unit</c>); empty when the goal is sound.</summary>
    public static IReadOnlyList<Error> Validate(Goal goal, SocialValueModels models)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(models);
        var errors = new List<Error>();
        void Fail(string field, string problem) => errors.Add(new Error(Code, $"{field}: {problem}"));
        if (!IsKey(goal.Id))
        {
            Fail("id", $"\"{goal.Id}\" is not an id: use 1 to 60 lower-case letters, digits and dashes, starting with a letter or digit (e.g. local-jobs)");
        }

        if (string.IsNullOrWhiteSpace(goal.Title))
        {
            Fail("title", "missing; say what the goal is");
        }

        if (goal.Outcome is { } outcome && models.Resolve(outcome) is null)
        {
            Fail("outcome", $"\"{outcome}\" is not a Social Value Model outcome (written MODEL:OUTCOME, e.g. ppn002:1)");
        }

        if (goal.PeriodStart is { } start && goal.PeriodEnd is { } end && end < start)
        {
            Fail("period.endDate", $"{end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}");
        }

        for (var index = 0; index < goal.Measures.Count; index++)
        {
            var measure = goal.Measures[index];
            var at = string.Create(CultureInfo.InvariantCulture, $"measures[{index}]");
            if (!IsKey(measure.Id))
            {
                Fail(at + ".id", $"\"{measure.Id}\" is not an id: use lower-case letters, digits and dashes");
            }

            if (string.IsNullOrWhiteSpace(measure.Name))
            {
                Fail(at + ".name", "missing; name what is measured");
            }

            if (string.IsNullOrWhiteSpace(measure.Unit))
            {
                Fail(at + ".unit", "missing; give the unit (e.g. people, FTE jobs, £, tCO2e)");
            }
        }

        foreach (var duplicate in goal.Measures.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            Fail("measures", $"measure id \"{duplicate.Key}\" is used more than once");
        }

        return errors;
    }

    /// <summary>Whether <paramref name="text"/> is a key: 1–60 of a–z, 0–9 and dashes, not starting with a dash.</summary>
    public static bool IsKey(string? text) =>
        text is { Length: > 0 and <= 60 } && text[0] != '-' && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
