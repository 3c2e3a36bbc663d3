using System.Text.Json;
using Steward.Core.Common;
using Steward.Core.Evaluation.Scoring;
using Steward.Core.Suppliers;

namespace Steward.Core.Tenders;

/// <summary>
/// Reads a DESIGN.json (docs/tenders.md) into a <see cref="TenderDesign"/>. A value of the wrong type or out of range
/// is an error naming its JSON path (<c>lots[0].criteria[1].weight: expected a number, found "forty"</c>); a fact that
/// is simply missing reads as null and is left to the design checker, so a draft can be read and checked. Properties
/// Steward does not know are ignored: the format may grow. Lots, criteria and goals are read in
/// TenderDesignJson.Lots.cs.
/// </summary>
public static partial class TenderDesignJson
{
    public const string Code = "DESIGN_INVALID";

    public static (TenderDesign Design, IReadOnlyList<Error> Errors) Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (JsonFieldReader.Root(root, Code, errors) is not { } d)
        {
            return (new TenderDesign(), errors);
        }

        var buyer = d.Object("buyer");
        var period = d.Object("tenderPeriod");
        var design = new TenderDesign
        {
            Title = d.Text("title"),
            Description = d.Text("description"),
            Buyer = buyer is null
                ? new DesignBuyer(null, null, null)
                : new DesignBuyer(buyer.Text("id"), buyer.Text("name"), buyer.Text("socialValueModel"), Kind(buyer) ?? AuthorityKind.SubCentral),
            Value = d.Number("value", min: 0m),
            Currency = d.Text("currency") ?? "GBP",
            Cpv = Codes(d, "cpv"),
            ContractType = Choice(d, "contractType", ContractTypes) ?? ContractType.Services,
            Procedure = Choice(d, "procedure", Procedures),
            TenderStart = period?.Date("startDate"),
            TenderEnd = period?.Date("endDate"),
            DocumentsWithNotice = d.Bool("documentsWithNotice") ?? true,
            PlannedProcurementNotice = d.Bool("plannedProcurementNotice") ?? false,
            Urgent = d.Bool("urgent") ?? false,
            Goals = [.. d.Objects("goals").Select(ReadGoal).OfType<Goal>()],
            Lots = [.. d.Array("lots").Select(item => d.Child(item.Item, item.Path)).OfType<JsonFieldReader>().Select(ReadLot)],
        };
        return (design, errors);
    }

    private static readonly Dictionary<string, Procedure> Procedures = new(StringComparer.Ordinal)
    {
        ["open"] = Tenders.Procedure.Open,
        ["competitiveFlexible"] = Tenders.Procedure.CompetitiveFlexible,
        ["directAward"] = Tenders.Procedure.DirectAward,
        ["callOff"] = Tenders.Procedure.CallOff,
    };

    private static readonly Dictionary<string, ContractType> ContractTypes = new(StringComparer.Ordinal)
    {
        ["goods"] = ContractType.Goods,
        ["services"] = ContractType.Services,
        ["works"] = ContractType.Works,
        ["lightTouch"] = ContractType.LightTouch,
    };

    private static readonly Dictionary<string, Reservation> Reservations = new(StringComparer.Ordinal)
    {
        ["shelteredWorkshop"] = Reservation.SupportedEmployment,
        ["publicServiceMissionOrganization"] = Reservation.PublicServiceMutual,
        ["smeVcse"] = Reservation.SmeVcse,
    };

    private static readonly Dictionary<string, TieBreak> TieBreaks = new(StringComparer.Ordinal)
    {
        ["higherQuality"] = TieBreak.HigherQuality,
        ["lowerPrice"] = TieBreak.LowerPrice,
        ["earlierSubmission"] = TieBreak.EarlierSubmission,
    };

    private static AuthorityKind? Kind(JsonFieldReader buyer) => buyer.Text("kind") switch
    {
        null => null,
        "subCentral" => AuthorityKind.SubCentral,
        "central" => AuthorityKind.Central,
        var other => Fail<AuthorityKind>(buyer, "kind", $"\"{other}\" is not central or subCentral"),
    };

    /// <summary>One of a fixed set of names; anything else is an error listing them.</summary>
    private static T? Choice<T>(JsonFieldReader reader, string field, Dictionary<string, T> names, string? listed = null)
        where T : struct
    {
        if (reader.Text(field) is not { } text)
        {
            return null;
        }

        return names.TryGetValue(text, out var value)
            ? value
            : Fail<T>(reader, field, $"\"{text}\" is not {listed ?? Either(names.Keys)}");
    }

    private static string Either(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}";
    }

    /// <summary>A code or list of codes (CPV, goal and measure ids), as a string or an array of strings.</summary>
    private static List<string> Codes(JsonFieldReader reader, string field)
    {
        if (reader.Get(field) is not { } value)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        var codes = new List<string>();
        foreach (var (item, path) in reader.Array(field))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                codes.Add(item.GetString()!);
            }
            else
            {
                reader.FailAt(path, $"expected a string, found {JsonFieldReader.Describe(item)}");
            }
        }

        return codes;
    }

    private static T? Fail<T>(JsonFieldReader reader, string field, string problem)
        where T : struct
    {
        reader.Fail(field, problem);
        return null;
    }
}
