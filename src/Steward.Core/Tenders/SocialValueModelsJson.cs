using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Tenders;

/// <summary>Reads Social Value Model reference data (the shape of SocialValueModels.json); errors name the JSON path.</summary>
internal static class SocialValueModelsJson
{
    private const string Code = "MODELS_INVALID";

    public static Result<SocialValueModels> Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } file)
        {
            return errors[0];
        }

        var about = file.Text("about") ?? string.Empty;
        var models = new List<SocialValueModel>();
        foreach (var m in file.Objects("models", required: true))
        {
            var weights = m.Objects("minimumWeights", required: true)
                .Select(b => (From: b.Number("fromValue", min: 0m, required: true), Percent: b.Number("percent", min: 0m, max: 100m, required: true)))
                .Where(b => b.From is not null && b.Percent is not null)
                .Select(b => new WeightBand(b.From!.Value, b.Percent!.Value))
                .ToList();
            if (weights.Zip(weights.Skip(1)).Any(pair => pair.Second.FromValue <= pair.First.FromValue))
            {
                m.Fail("minimumWeights", "bands must be listed lowest value first");
            }

            var missions = m.Objects("missions")
                .Select(x => (Id: x.Text("id", required: true), Name: x.Text("name", required: true), Confirmed: x.Bool("confirmed") ?? false))
                .Where(x => x.Id is not null && x.Name is not null)
                .Select(x => new SocialValueMission(x.Id!, x.Name!, x.Confirmed))
                .ToList();
            var outcomes = m.Objects("outcomes", required: true).Select(o => Outcome(o)).OfType<SocialValueOutcome>().ToList();
            var id = m.Text("id", required: true);
            var name = m.Text("name", required: true);
            var from = m.Date("appliesFrom", required: true);
            if (id is null || name is null || from is null)
            {
                continue;
            }

            foreach (var duplicate in outcomes.GroupBy(o => o.Id).Where(g => g.Count() > 1))
            {
                m.Fail("outcomes", $"outcome id \"{duplicate.Key}\" appears more than once");
            }

            models.Add(new SocialValueModel(id, name, m.Text("source") ?? string.Empty, m.Bool("confirmed") ?? false, m.Text("note") ?? string.Empty,
                from.Value, m.Date("appliesUntil"), m.Number("minimumValue", min: 0m), weights, m.Text("weightingRule") ?? string.Empty,
                m.Text("weightingReference") ?? string.Empty, missions, outcomes));
        }

        foreach (var duplicate in models.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            file.Fail("models", $"model id \"{duplicate.Key}\" appears more than once");
        }

        return errors.Count == 0 ? new SocialValueModels(models, about) : new Error(Code, string.Join("; ", errors.Select(e => e.Message)));
    }

    private static SocialValueOutcome? Outcome(JsonFieldReader o)
    {
        var criteria = o.Objects("criteria")
            .Select(c => (Id: c.Text("id", required: true), Name: c.Text("name", required: true), Confirmed: c.Bool("confirmed") ?? false))
            .Where(c => c.Id is not null && c.Name is not null)
            .Select(c => new ModelAwardCriterion(c.Id!, c.Name!, c.Confirmed))
            .ToList();
        var id = o.Text("id", required: true);
        var name = o.Text("name", required: true);
        return id is null || name is null
            ? null
            : new SocialValueOutcome(id, o.Text("mission"), name, o.Bool("confirmed") ?? false, o.Text("description") ?? string.Empty, criteria);
    }
}
