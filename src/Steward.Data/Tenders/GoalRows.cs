using System.Text.Json.Nodes;
using Steward.Core.Tenders;
using Steward.Data.Entities;

namespace Steward.Data.Tenders;

/// <summary>Converts goals between Core's record and the <c>goals</c> table (measures as a JSON array).</summary>
internal static class GoalRows
{
    public static Goal ToGoal(GoalRow row, string owner) =>
        new(row.Key, row.Title, row.Description, row.Outcome, owner, row.PeriodStart, row.PeriodEnd, Status(row.Status), Measures(row.Measures));

    public static void Fill(GoalRow row, Goal goal)
    {
        row.Title = goal.Title.Trim();
        row.Description = string.IsNullOrWhiteSpace(goal.Description) ? null : goal.Description.Trim();
        row.Outcome = goal.Outcome;
        row.PeriodStart = goal.PeriodStart;
        row.PeriodEnd = goal.PeriodEnd;
        row.Status = goal.Status.ToString().ToLowerInvariant();
        row.Measures = new JsonArray([.. goal.Measures.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id, ["name"] = m.Name.Trim(), ["unit"] = m.Unit.Trim(), ["direction"] = m.Direction.ToString().ToLowerInvariant(),
        })]).ToJsonString();
    }

    private static GoalStatus Status(string text) => Enum.TryParse<GoalStatus>(text, ignoreCase: true, out var status) ? status : GoalStatus.Active;

    private static List<Measure> Measures(string json) =>
    [
        .. (JsonNode.Parse(json)?.AsArray() ?? []).OfType<JsonObject>().Select(m => new Measure(
            (string?)m["id"] ?? string.Empty, (string?)m["name"] ?? string.Empty, (string?)m["unit"] ?? string.Empty,
            Enum.TryParse<MeasureDirection>((string?)m["direction"], ignoreCase: true, out var d) ? d : MeasureDirection.Increase)),
    ];
}
