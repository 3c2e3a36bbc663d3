using System.Globalization;
using System.Text.Json.Nodes;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Suppliers;
using Steward.Core.Tenders;

namespace Steward.Data.Tenders;

/// <summary>
/// Writes a design as an OCDS release package, shaped as Find a Tender's UK4 tender notices are: the buyer party,
/// the tender with its items, period and value, and each lot with its value, contract period, suitability,
/// <c>awardCriteria.criteria[].numbers[]</c> (weights as <c>percentageExact</c>, minimum scores as thresholds) and
/// <c>otherRequirements.reservedParticipation</c>; the whole assessment methodology goes in an
/// <c>evaluationCriteria</c> document. An amendment is tagged <c>tenderAmendment</c> and carries its rationale.
/// No contact point is written: Steward never publishes people's names or e-mails.
/// </summary>
internal static class TenderReleaseWriter
{
    /// <summary>The extensions the release uses, as UK publishers declare them (../shared/data/schema).</summary>
    public static readonly string[] Extensions =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_otherRequirements_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json",
        "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
    ];

    /// <summary>The release package, as JSON.</summary>
    /// <param name="design">The design, its buyer and goals already the store's.</param>
    /// <param name="release">The release's place: OCID, number (1 for the tender) and when.</param>
    /// <param name="buyer">The buyer's scheme and identifier, when it has them.</param>
    /// <param name="amendment">Why the tender changed, for an amendment.</param>
    /// <param name="models">The Social Value Models in force, to name the outcomes a criterion serves (default: the shipped ones).</param>
    public static string Write(TenderDesign design, (string Ocid, int Number, DateTimeOffset Date, string Publisher) release,
        (string? Scheme, string? Identifier) buyer, string? amendment, SocialValueModels? models = null)
    {
        var date = release.Date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var party = new JsonObject { ["id"] = design.Buyer.Id, ["name"] = design.Buyer.Name, ["roles"] = new JsonArray("buyer") };
        if (buyer.Scheme is not null && buyer.Identifier is not null)
        {
            party["identifier"] = new JsonObject { ["scheme"] = buyer.Scheme, ["id"] = buyer.Identifier, ["legalName"] = design.Buyer.Name };
        }

        var tender = new JsonObject
        {
            ["id"] = release.Ocid,
            ["title"] = design.Title,
            ["description"] = design.Description,
            ["status"] = "active",
            ["procurementMethod"] = design.Procedure switch
            {
                Procedure.Open => "open",
                Procedure.DirectAward => "direct",
                _ => "selective",
            },
            ["procurementMethodDetails"] = design.Procedure switch
            {
                Procedure.Open => "Open procedure",
                Procedure.CompetitiveFlexible => "Competitive flexible procedure",
                Procedure.DirectAward => "Direct award",
                _ => "Call-off from a framework",
            },
            ["mainProcurementCategory"] = design.ContractType switch
            {
                ContractType.Goods => "goods",
                ContractType.Works => "works",
                _ => "services",
            },
            ["value"] = Money(design.Value, design.Currency),
            ["tenderPeriod"] = new JsonObject { ["startDate"] = Day(design.TenderStart, false), ["endDate"] = Day(design.TenderEnd, true) },
            ["items"] = Items(design),
            ["lots"] = new JsonArray([.. design.Lots.Select(l => (JsonNode)Lot(design, l, models))]),
            ["documents"] = new JsonArray(new JsonObject
            {
                ["id"] = "assessment-methodology",
                ["documentType"] = "evaluationCriteria",
                ["title"] = "Award criteria and assessment methodology",
                ["description"] = Methodology.Describe(design, models),
                ["language"] = "en",
                ["datePublished"] = date,
            }),
        };
        if (amendment is not null)
        {
            tender["amendments"] = new JsonArray(new JsonObject
            {
                ["id"] = release.Number.ToString(CultureInfo.InvariantCulture),
                ["date"] = date,
                ["rationale"] = amendment,
            });
        }

        var package = new JsonObject
        {
            ["uri"] = $"urn:steward:release-package:{release.Ocid}-{release.Number}",
            ["version"] = "1.1",
            ["publishedDate"] = date,
            ["publisher"] = new JsonObject { ["name"] = release.Publisher },
            ["extensions"] = new JsonArray([.. Extensions.Select(e => (JsonNode)e)]),
            ["releases"] = new JsonArray(new JsonObject
            {
                ["ocid"] = release.Ocid,
                ["id"] = $"{release.Ocid}-tender-{release.Number}",
                ["date"] = date,
                ["tag"] = new JsonArray(amendment is null ? "tender" : "tenderAmendment"),
                ["initiationType"] = "tender",
                ["language"] = "en",
                ["parties"] = new JsonArray(party),
                ["buyer"] = new JsonObject { ["id"] = design.Buyer.Id, ["name"] = design.Buyer.Name },
                ["tender"] = tender,
            }),
        };
        return WithoutNulls(package).ToJsonString();
    }

    private static JsonArray Items(TenderDesign design)
    {
        var items = new JsonArray();
        foreach (var lot in design.Lots)
        {
            foreach (var (code, index) in (lot.Cpv.Count > 0 ? lot.Cpv : design.Cpv).Select((c, i) => (c, i)))
            {
                items.Add(new JsonObject
                {
                    ["id"] = $"{lot.Id}-{index + 1}",
                    ["classification"] = new JsonObject { ["scheme"] = "CPV", ["id"] = Cpv.Digits(code) ?? code },
                    ["relatedLot"] = lot.Id,
                });
            }
        }

        return items;
    }

    private static JsonObject Lot(TenderDesign design, DesignLot lot, SocialValueModels? models)
    {
        var node = new JsonObject
        {
            ["id"] = lot.Id,
            ["title"] = lot.Title,
            ["description"] = lot.Description,
            ["status"] = "active",
            ["value"] = Money(lot.Value, design.Currency),
            ["awardCriteria"] = new JsonObject
            {
                ["criteria"] = new JsonArray([.. lot.Criteria.Where(c => !c.PassFail).Select((c, i) => (JsonNode)Criterion(lot, c, i + 1, design.Goals, models))]),
                ["weightingDescription"] = Methodology.Lot(lot),
            },
        };
        if (lot.ContractStart is not null || lot.ContractEnd is not null)
        {
            node["contractPeriod"] = new JsonObject { ["startDate"] = Day(lot.ContractStart, false), ["endDate"] = Day(lot.ContractEnd, true) };
        }

        if (lot.Reservation is { } reservation)
        {
            node["otherRequirements"] = new JsonObject
            {
                ["reservedParticipation"] = new JsonArray(reservation switch
                {
                    Reservation.SupportedEmployment => "shelteredWorkshop",
                    Reservation.PublicServiceMutual => "publicServiceMissionOrganization",
                    _ => "smeVcse",
                }),
            };
            if (reservation == Reservation.SmeVcse)
            {
                node["suitability"] = new JsonObject { ["sme"] = true, ["vcse"] = true };
            }
        }

        return node;
    }

    private static JsonObject Criterion(DesignLot lot, DesignCriterion criterion, int rank, IReadOnlyList<Goal> goals, SocialValueModels? models)
    {
        var numbers = new JsonArray();
        if (lot.Importance == RelativeImportance.Order)
        {
            numbers.Add(new JsonObject { ["number"] = rank, ["weight"] = "order" });
        }
        else if (criterion.Weight is { } weight)
        {
            numbers.Add(new JsonObject { ["number"] = weight, ["weight"] = "percentageExact" });
        }

        if (criterion.MinimumScore is { } minimum)
        {
            numbers.Add(new JsonObject { ["number"] = minimum, ["threshold"] = "minimumScore" });
        }

        var node = new JsonObject
        {
            ["type"] = criterion.Kind == CriterionKind.Price ? "price" : "quality",
            ["name"] = criterion.Kind == CriterionKind.SocialValue ? $"Social value: {criterion.Title ?? criterion.Id}" : criterion.Title ?? Capitalise(criterion.Id),
            ["description"] = Methodology.Criterion(lot, criterion, goals, models),
        };
        if (numbers.Count > 0)
        {
            node["numbers"] = numbers;
        }

        return node;
    }

    /// <summary>The node with every null property left out (OCDS objects such as <c>value</c> may not be null).</summary>
    internal static JsonNode WithoutNulls(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }

            foreach (var (_, value) in obj)
            {
                WithoutNulls(value!);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                WithoutNulls(item);
            }
        }

        return node;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>An instant as releases write it: UTC, to the second (<c>2027-01-21T09:00:00Z</c>).</summary>
    internal static string Stamp(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>Text made safe for a release or party id: lower case, every other character than a letter or digit a hyphen.</summary>
    internal static string Slug(string text) => new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    internal static JsonObject? Money(decimal? amount, string currency) =>
        amount is { } value ? new JsonObject { ["amount"] = value, ["currency"] = currency } : null;

    /// <summary>A day as a UK date-time: the start of a first day, the last second of a last day.</summary>
    internal static string? Day(DateOnly? day, bool end) =>
        day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (end ? "T23:59:59Z" : "T00:00:00Z") : null;
}
