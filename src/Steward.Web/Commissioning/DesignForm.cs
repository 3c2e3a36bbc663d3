using System.Globalization;
using System.Text.Json.Nodes;

namespace Steward.Web.Commissioning;

/// <summary>
/// Applies the commissioning forms to a DESIGN.json (docs/tenders.md), one page's fields at a time, and returns every
/// problem keyed by the form field, in words a commissioner can act on. Nothing is saved while any problem stands.
/// </summary>
public static partial class DesignForm
{
    /// <summary>The procedures offered, DESIGN.json code and label.</summary>
    public static readonly (string Code, string Label)[] Procedures =
    [
        ("open", "Open procedure"), ("competitiveFlexible", "Competitive flexible procedure"), ("directAward", "Direct award"), ("callOff", "Call-off from a framework"),
    ];

    public static readonly (string Code, string Label)[] ContractTypes = [("services", "Services"), ("goods", "Goods"), ("works", "Works"), ("lightTouch", "Light touch services (s.9)")];

    public static readonly (string Code, string Label)[] Models =
    [
        ("ppn002", "PPN 002 (2025 model)"), ("ppn026", "PPN 026 (from 1 January 2027, as reported)"), ("none", "Not in scope of the model"),
    ];

    public static readonly (string Code, string Label)[] Reservations =
    [
        ("", "Open to all suppliers"), ("shelteredWorkshop", "Supported employment providers (s.32)"),
        ("publicServiceMissionOrganization", "Public service mutuals (s.33)"), ("smeVcse", "SMEs and VCSEs, below threshold"),
    ];

    public static readonly (string Code, string Label)[] Formulas =
    [
        ("F4", "F4 absolute, with a published floor and ceiling"), ("F1", "F1 proportional to the lowest price"), ("F2", "F2 linear from the lowest"),
        ("F3", "F3 between lowest and highest"), ("F5", "F5 deviation from the mean"), ("F6", "F6 logarithmic"), ("F7", "F7 price per quality point"),
        ("F8", "F8 quality–price ratio"), ("F10", "F10 monetised quality"), ("F14", "F14 fixed price"), ("F15", "F15 lowest price"),
    ];

    public static readonly (string Code, string Label)[] TieBreaks =
    [
        ("higherQuality", "The higher quality score"), ("lowerPrice", "The lower price"), ("earlierSubmission", "The earlier submission"), ("", "None published"),
    ];

    /// <summary>How many criterion rows a lot's page shows: its criteria and this many blank ones.</summary>
    public const int BlankCriteria = 3;

    /// <summary>The details page: title, description, value, CPV, contract type, procedure, timetable and the model.</summary>
    public static Dictionary<string, string> ApplyDetails(JsonObject design, Func<string, string?> form)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Text(design, "title", form("title"));
        Text(design, "description", form("description"));
        Number(design, "value", form("value"), "value", "Estimated value", errors);
        Codes(design, "cpv", form("cpv"));
        Choice(design, "contractType", form("contractType"), ContractTypes, "contractType", "Contract type", errors);
        Choice(design, "procedure", form("procedure"), Procedures, "procedure", "Procedure", errors);
        var buyer = Child(design, "buyer");
        Choice(buyer, "socialValueModel", form("socialValueModel"), Models, "socialValueModel", "Social Value Model", errors);
        var period = Child(design, "tenderPeriod");
        Date(period, "startDate", form("tenderStart"), "tenderStart", "Tender period start", errors);
        Date(period, "endDate", form("tenderEnd"), "tenderEnd", "Tender deadline", errors);
        design["documentsWithNotice"] = form("documentsWithNotice") != "no";
        return errors;
    }

    /// <summary>A lot's page: its facts, price method, tie-break and criteria rows (criteria with no id are dropped).</summary>
    public static Dictionary<string, string> ApplyLot(JsonObject lot, Func<string, string?> form, Func<string, IReadOnlyList<string>> many)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(many);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        // The field is lotId, not id: a form field named id would bind over the design id in the route.
        Text(lot, "id", form("lotId"));
        if (string.IsNullOrWhiteSpace(form("lotId")))
        {
            errors["lotId"] = "Enter the lot's number or short id, for example 1";
        }

        Text(lot, "title", form("title"));
        Number(lot, "value", form("value"), "value", "Lot value", errors);
        Codes(lot, "cpv", form("cpv"));
        Choice(lot, "reservedParticipation", form("reservedParticipation"), Reservations, "reservedParticipation", "Reservation", errors);
        var contract = Child(lot, "contractPeriod");
        Date(contract, "startDate", form("contractStart"), "contractStart", "Contract start", errors);
        Date(contract, "endDate", form("contractEnd"), "contractEnd", "Contract end", errors);
        if (contract.All(p => p.Value is null))
        {
            lot.Remove("contractPeriod");
        }
        var price = new JsonObject();
        Choice(price, "formula", form("formula"), Formulas, "formula", "Price method", errors);
        foreach (var (field, name) in new[] { ("floor", "Floor"), ("ceiling", "Ceiling"), ("k", "Slope k"), ("a", "Base A"), ("wtp", "£ per quality point") })
        {
            Number(price, field, form(field), field, name, errors);
        }

        lot["priceMethod"] = price;
        Number(lot, "qualityThreshold", form("qualityThreshold"), "qualityThreshold", "Quality threshold", errors, max: 100m);
        Choice(lot, "tieBreak", form("tieBreak"), TieBreaks, "tieBreak", "Tie-break", errors);
        var previous = lot["criteria"] as JsonArray ?? [];
        var criteria = new JsonArray();
        for (var row = 0; form($"c{row}.id") is not null; row++)
        {
            var id = form($"c{row}.id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            var before = previous.OfType<JsonObject>().FirstOrDefault(c => (string?)c["id"] == id);
            var criterion = new JsonObject { ["id"] = id };
            Text(criterion, "title", form($"c{row}.title"));
            Choice(criterion, "type", form($"c{row}.type"), [("quality", "Quality"), ("socialValue", "Social value"), ("price", "Price")], $"c{row}.type", $"Type of criterion {id}", errors);
            Number(criterion, "weight", form($"c{row}.weight"), $"c{row}.weight", $"Weight of criterion {id}", errors);
            Number(criterion, "maxScore", form($"c{row}.maxScore"), $"c{row}.maxScore", $"Top score of criterion {id}", errors);
            Number(criterion, "minimumScore", form($"c{row}.minimumScore"), $"c{row}.minimumScore", $"Minimum score of criterion {id}", errors);
            criterion["passFail"] = form($"c{row}.passFail") == "yes" ? true : null;
            criterion["goals"] = new JsonArray([.. many($"c{row}.goals").Select(g => (JsonNode)g)]);
            criterion["measures"] = new JsonArray([.. many($"c{row}.measures").Select(m => (JsonNode)m)]);
            if (before?["subCriteria"] is JsonArray sub)
            {
                criterion["subCriteria"] = sub.DeepClone();
            }

            criteria.Add(criterion);
        }

        lot["criteria"] = criteria;
        return errors;
    }

    /// <summary>The object under <paramref name="field"/>, added when missing (a node already in the tree is never re-parented).</summary>
    private static JsonObject Child(JsonObject node, string field)
    {
        if (node[field] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        node[field] = created;
        return created;
    }

    private static void Text(JsonObject node, string field, string? value) =>
        node[field] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Codes(JsonObject node, string field, string? value)
    {
        var codes = (value ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        node[field] = codes.Length == 0 ? null : new JsonArray([.. codes.Select(c => (JsonNode)c)]);
    }

    private static void Number(JsonObject node, string field, string? value, string key, string label, Dictionary<string, string> errors, decimal? max = null)
    {
        var text = value?.Replace(",", string.Empty, StringComparison.Ordinal).Replace("£", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            node[field] = null;
            return;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            errors[key] = $"{label} must be a number, like 250000 or 12.5 (you entered \"{value}\")";
            return;
        }

        if (number < 0m || number > max)
        {
            errors[key] = number < 0m ? $"{label} cannot be negative" : $"{label} must be at most {max}";
            return;
        }

        node[field] = number;
    }

    private static void Date(JsonObject node, string field, string? value, string key, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            node[field] = null;
            return;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors[key] = $"{label} must be a real date, written like 2027-01-31";
            return;
        }

        node[field] = value.Trim();
    }

    private static void Choice(JsonObject node, string field, string? value, (string Code, string Label)[] choices, string key, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            node[field] = null;
            return;
        }

        if (!choices.Any(c => c.Code == value))
        {
            errors[key] = $"{label}: choose one of the options";
            return;
        }

        node[field] = value;
    }
}
