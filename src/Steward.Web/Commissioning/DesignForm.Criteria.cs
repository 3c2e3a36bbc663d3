using System.Globalization;
using System.Text.Json.Nodes;
using Steward.Core.Tenders;

namespace Steward.Web.Commissioning;

/// <summary>The lot's quality scale and a criterion's sub-criteria, as forms (docs/tenders.md, "The portal").</summary>
public static partial class DesignForm
{
    /// <summary>The highest top score whose levels the scale page lists one by one (0–10 covers the scales councils publish).</summary>
    public const int MaxDescribedScore = 10;

    /// <summary>How many blank sub-criterion rows the page shows after the existing ones.</summary>
    public const int BlankSubCriteria = 3;

    /// <summary>
    /// The scale page: the top score and a descriptor for each whole score up to it (<c>d0</c>…<c>d10</c>). A descriptor
    /// above the top is refused, naming its score; a blank top removes the scale (criteria are then marked out of their
    /// own top score, or 100).
    /// </summary>
    public static Dictionary<string, string> ApplyScale(JsonObject lot, Func<string, string?> form)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var scale = new JsonObject();
        Number(scale, "max", form("max"), "max", "Top score", errors, max: 1000m);
        var top = (decimal?)scale["max"];
        if (top is 0m)
        {
            errors["max"] = "Top score must be more than 0, for example 5";
        }

        var descriptors = new JsonArray();
        for (var score = 0; score <= MaxDescribedScore; score++)
        {
            var text = form($"d{score}")?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (top is { } limit && score > limit)
            {
                errors[$"d{score}"] = $"Score {score} is above the top score ({limit.ToString(CultureInfo.InvariantCulture)}): raise the top score or clear this descriptor";
                continue;
            }

            descriptors.Add(new JsonObject { ["score"] = score, ["text"] = text });
        }

        if (top is null && descriptors.Count > 0 && !errors.ContainsKey("max"))
        {
            errors["max"] = "Enter the top score the descriptors lead up to, for example 5";
        }

        if (errors.Count == 0)
        {
            if (top is null)
            {
                lot.Remove("scale");
            }
            else
            {
                scale["descriptors"] = descriptors;
                lot["scale"] = scale;
            }
        }

        return errors;
    }

    /// <summary>The common 0–5 scale with its descriptors (<see cref="QualityScale.ZeroToFive"/>), as DESIGN.json.</summary>
    public static JsonObject CommonScale() => new()
    {
        ["max"] = QualityScale.ZeroToFive.Max,
        ["descriptors"] = new JsonArray([.. QualityScale.ZeroToFive.Levels.Select(l => (JsonNode)new JsonObject { ["score"] = l.Score, ["text"] = l.Descriptor })]),
    };

    /// <summary>
    /// A criterion's sub-criteria page: rows <c>s0</c>, <c>s1</c>… with id, title, weight, top score, minimum and, for
    /// social value, the goals and measures each serves (a row with no id is dropped). The checker, not the form,
    /// says whether the weights split the parent's exactly (SUBCRITERIA_WEIGHTS), so a draft can be saved half-done.
    /// </summary>
    public static Dictionary<string, string> ApplySubCriteria(JsonObject criterion, Func<string, string?> form, Func<string, IReadOnlyList<string>> many)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(many);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var socialValue = (string?)criterion["type"] == "socialValue";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new JsonArray();
        for (var row = 0; form($"s{row}.id") is not null; row++)
        {
            var id = form($"s{row}.id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            if (!seen.Add(id) || id == (string?)criterion["id"])
            {
                errors[$"s{row}.id"] = $"Sub-criterion id \"{id}\" is used twice: bids score against each id, so each must be different";
                continue;
            }

            var sub = new JsonObject { ["id"] = id };
            Text(sub, "title", form($"s{row}.title"));
            Number(sub, "weight", form($"s{row}.weight"), $"s{row}.weight", $"Weight of sub-criterion {id}", errors);
            Number(sub, "maxScore", form($"s{row}.maxScore"), $"s{row}.maxScore", $"Top score of sub-criterion {id}", errors);
            Number(sub, "minimumScore", form($"s{row}.minimumScore"), $"s{row}.minimumScore", $"Minimum score of sub-criterion {id}", errors);
            if (socialValue)
            {
                sub["goals"] = new JsonArray([.. many($"s{row}.goals").Select(g => (JsonNode)g)]);
                sub["measures"] = new JsonArray([.. many($"s{row}.measures").Select(m => (JsonNode)m)]);
            }

            rows.Add(sub);
        }

        if (errors.Count == 0)
        {
            criterion["subCriteria"] = rows.Count == 0 ? null : rows;
            if (rows.Count == 0)
            {
                criterion.Remove("subCriteria");
            }
        }

        return errors;
    }
}
