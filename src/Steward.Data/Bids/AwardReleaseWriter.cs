using System.Globalization;
using System.Text.Json.Nodes;
using Steward.Core.Evaluation.Bids;
using Steward.Data.Tenders;

namespace Steward.Data.Bids;

/// <summary>
/// Writes the contract award notice (UK6) and the contract details notice (UK7) of a Steward tender as OCDS
/// releases to the tender's OCID, shaped as Find a Tender's are: the award with its supplier (with SME and VCSE flags
/// from the register), value, standstill period and the date assessment summaries were sent, the bid statistics
/// (<c>finalStageBids</c>, <c>smeFinalStageBids</c>, <c>vcseFinalStageBids</c>), and the winner's social value
/// commitments as <c>agreedMetrics</c> (metrics extension); then the contract with its period and the same metrics.
/// </summary>
internal static class AwardReleaseWriter
{
    public static readonly string[] Extensions =
    [
        .. TenderReleaseWriter.Extensions,
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
    ];

    /// <summary>The UK6 release package.</summary>
    public static string Award(AwardNotice notice, int number, DateTimeOffset date, string publisher)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var when = TenderReleaseWriter.Stamp(date);
        var supplierId = notice.Supplier.Scheme is null ? $"steward-supplier-{TenderReleaseWriter.Slug(notice.Supplier.Name)}" : $"{notice.Supplier.Scheme}-{notice.Supplier.Id}";
        var award = new JsonObject
        {
            ["id"] = AwardId(notice.Lot),
            ["title"] = notice.LotTitle is null ? $"Lot {notice.Lot}" : $"Lot {notice.Lot}: {notice.LotTitle}",
            ["status"] = "pending",
            ["date"] = when,
            ["value"] = TenderReleaseWriter.Money(notice.Value, notice.Currency),
            ["suppliers"] = new JsonArray(new JsonObject { ["id"] = supplierId, ["name"] = notice.Supplier.Name }),
            ["relatedLots"] = new JsonArray(notice.Lot),
            ["standstillPeriod"] = new JsonObject { ["startDate"] = TenderReleaseWriter.Day(notice.StandstillStart, false), ["endDate"] = TenderReleaseWriter.Day(notice.StandstillEnd, true) },
            ["assessmentSummariesDateSent"] = TenderReleaseWriter.Stamp(notice.SummariesSent),
            ["agreedMetrics"] = Metrics(notice.Commitments),
            ["documents"] = new JsonArray(new JsonObject
            {
                ["id"] = $"award-notice-{notice.Lot}",
                ["documentType"] = "awardNotice",
                ["noticeType"] = "UK6",
                ["title"] = "Contract award notice",
                ["description"] = $"Standstill (PA 2023 s.51): the contract will not be entered into before {notice.StandstillEnd.AddDays(1):d MMMM yyyy}.",
                ["language"] = "en",
                ["datePublished"] = when,
            }),
        };
        var supplier = new JsonObject
        {
            ["id"] = supplierId,
            ["name"] = notice.Supplier.Name,
            ["roles"] = new JsonArray("supplier"),
            ["details"] = new JsonObject
            {
                ["scale"] = notice.Supplier.Sme switch { true => "sme", false => "large", _ => null },
                ["vcse"] = notice.Supplier.Vcse,
            },
        };
        if (notice.Supplier.Scheme is not null)
        {
            supplier["identifier"] = new JsonObject { ["scheme"] = notice.Supplier.Scheme, ["id"] = notice.Supplier.Id, ["legalName"] = notice.Supplier.Name };
        }

        var statistics = new JsonArray(
            Statistic("1", "finalStageBids", notice.Bids.All, notice.Lot),
            Statistic("2", "smeFinalStageBids", notice.Bids.Sme, notice.Lot),
            Statistic("3", "vcseFinalStageBids", notice.Bids.Vcse, notice.Lot));
        return Package(notice.Ocid, $"{notice.Ocid}-award-{notice.Lot}-{number}", when, "award", publisher, notice, supplier, new JsonObject
        {
            ["awards"] = new JsonArray(award),
            ["bids"] = new JsonObject { ["statistics"] = statistics },
        });
    }

    /// <summary>The UK7 release package: the contract entered into after the standstill.</summary>
    public static string Contract(AwardNotice notice, (DateOnly Start, DateOnly End, DateTimeOffset Signed) contract, int number, DateTimeOffset date, string publisher)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var when = TenderReleaseWriter.Stamp(date);
        var body = new JsonObject
        {
            ["contracts"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{notice.Lot}-contract",
                ["awardID"] = AwardId(notice.Lot),
                ["title"] = notice.LotTitle is null ? $"Lot {notice.Lot}" : $"Lot {notice.Lot}: {notice.LotTitle}",
                ["status"] = "active",
                ["value"] = TenderReleaseWriter.Money(notice.Value, notice.Currency),
                ["period"] = new JsonObject { ["startDate"] = TenderReleaseWriter.Day(contract.Start, false), ["endDate"] = TenderReleaseWriter.Day(contract.End, true) },
                ["dateSigned"] = TenderReleaseWriter.Stamp(contract.Signed),
                ["agreedMetrics"] = Metrics(notice.Commitments),
                ["documents"] = new JsonArray(new JsonObject
                {
                    ["id"] = $"contract-details-{notice.Lot}",
                    ["documentType"] = "contractNotice",
                    ["noticeType"] = "UK7",
                    ["title"] = "Contract details notice",
                    ["language"] = "en",
                    ["datePublished"] = when,
                }),
            }),
            ["awards"] = new JsonArray(new JsonObject { ["id"] = AwardId(notice.Lot), ["status"] = "active" }),
        };
        return Package(notice.Ocid, $"{notice.Ocid}-contract-{notice.Lot}-{number}", when, "contract", publisher, notice, null, body);
    }

    private static string Package(string ocid, string id, string when, string tag, string publisher, AwardNotice notice, JsonObject? supplier, JsonObject body)
    {
        var buyer = new JsonObject { ["id"] = notice.BuyerId, ["name"] = notice.BuyerName, ["roles"] = new JsonArray("buyer") };
        var release = new JsonObject
        {
            ["ocid"] = ocid,
            ["id"] = id,
            ["date"] = when,
            ["tag"] = new JsonArray(tag),
            ["initiationType"] = "tender",
            ["language"] = "en",
            ["parties"] = supplier is null ? new JsonArray(buyer) : new JsonArray(buyer, supplier),
            ["buyer"] = new JsonObject { ["id"] = notice.BuyerId, ["name"] = notice.BuyerName },
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            release[key] = value;
        }

        var package = new JsonObject
        {
            ["uri"] = $"urn:steward:release-package:{id}",
            ["version"] = "1.1",
            ["publishedDate"] = when,
            ["publisher"] = new JsonObject { ["name"] = publisher },
            ["extensions"] = new JsonArray([.. Extensions.Select(e => (JsonNode)e)]),
            ["releases"] = new JsonArray(release),
        };
        return TenderReleaseWriter.WithoutNulls(package).ToJsonString();
    }

    private static JsonArray Metrics(IReadOnlyList<Commitment> commitments) =>
        new([.. commitments.Select((c, i) => (JsonNode)new JsonObject
        {
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"commitment-{i + 1}"),
            ["title"] = c.Measure,
            ["description"] = $"Social value commitment: {c.Quantity.ToString("0.##", CultureInfo.InvariantCulture)} {c.Unit}{(c.Where is null ? string.Empty : $" in {c.Where}")}{(c.By is null ? string.Empty : $" by {c.By:yyyy-MM-dd}")}.",
            ["observations"] = new JsonArray(new JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"commitment-{i + 1}-target"),
                ["measure"] = c.Quantity,
                ["unit"] = new JsonObject { ["name"] = c.Unit },
                ["period"] = c.By is null ? null : new JsonObject { ["endDate"] = TenderReleaseWriter.Day(c.By, true) },
                ["notes"] = c.Where,
            }),
        })]);

    private static JsonObject Statistic(string id, string measure, int value, string lot) =>
        new() { ["id"] = id, ["measure"] = measure, ["value"] = value, ["relatedLot"] = lot };

    private static string AwardId(string lot) => $"{lot}-award";
}
