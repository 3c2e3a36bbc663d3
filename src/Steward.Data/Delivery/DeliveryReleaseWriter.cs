using System.Globalization;
using System.Text.Json.Nodes;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Tenders;

namespace Steward.Data.Delivery;

/// <summary>
/// Writes a contract's delivery as an OCDS release to its process's OCID (metrics extension): each KPI as
/// <c>contracts[].agreedMetrics</c> (every version an observation, its target and period), and each verified report
/// and each rating (PA 2023 s.71, the shape of a contract performance notice, UK9) as
/// <c>contracts[].implementation.metrics</c> observations; a rating's UK <c>measureClassification</c> is met,
/// slightlyBelow, below, significantlyBelow or other. Queried, rejected and submitted reports are never published.
/// </summary>
internal static class DeliveryReleaseWriter
{
    public static readonly string[] Extensions =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
        "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
    ];

    public static string Write(DeliveryContract contract, int number, DateTimeOffset date, string publisher)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var when = TenderReleaseWriter.Stamp(date);
        var id = string.Create(CultureInfo.InvariantCulture, $"{contract.Ocid}-delivery-{TenderReleaseWriter.Slug(contract.ContractId)}-{number}");
        var agreed = new JsonArray([.. contract.KpiIds.Select(k => (JsonNode)Agreed(contract.Versions(k)))]);
        var implemented = new JsonArray([.. contract.KpiIds.Select(k => Implemented(contract, k)).OfType<JsonNode>()]);
        var body = new JsonObject
        {
            ["id"] = contract.ContractId,
            ["awardID"] = contract.AwardId,
            ["agreedMetrics"] = agreed.Count == 0 ? null : agreed,
            ["implementation"] = implemented.Count == 0 ? null : new JsonObject { ["metrics"] = implemented },
        };
        var release = new JsonObject
        {
            ["ocid"] = contract.Ocid,
            ["id"] = id,
            ["date"] = when,
            ["tag"] = implemented.Count == 0 ? new JsonArray("contractUpdate") : new JsonArray("contractUpdate", "implementation"),
            ["initiationType"] = "tender",
            ["language"] = "en",
            ["contracts"] = new JsonArray(body),
        };
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

    private static JsonObject Agreed(IReadOnlyList<Kpi> versions)
    {
        var current = versions[^1];
        return new JsonObject
        {
            ["id"] = current.Id,
            ["title"] = current.Measure,
            ["description"] = Description(current),
            ["observations"] = new JsonArray([.. versions.Select(v => (JsonNode)new JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"{v.Id}-target-v{v.Version}"),
                ["measure"] = v.Target,
                ["unit"] = new JsonObject { ["name"] = v.Unit },
                ["period"] = Period(v.EffectiveFrom, v.PeriodEnd),
                ["notes"] = v.Version == 1 ? null : string.Create(CultureInfo.InvariantCulture, $"Version {v.Version}, in force from {v.EffectiveFrom:yyyy-MM-dd}; it replaces version {v.Version - 1}."),
            })]),
        };
    }

    private static JsonObject? Implemented(DeliveryContract contract, string kpiId)
    {
        var verified = contract.Reports.Where(r => r.KpiId == kpiId && r.Status == ReportStatus.Verified).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = $"report-{r.Id}",
            ["measure"] = r.Value,
            ["unit"] = new JsonObject { ["name"] = r.Unit },
            ["period"] = Period(r.PeriodStart, r.PeriodEnd),
            ["notes"] = $"Verified by {r.DecidedBy}.",
        });
        var ratings = contract.Ratings.Where(r => r.KpiId == kpiId).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = $"rating-{r.Id}",
            ["period"] = Period(r.PeriodStart, r.PeriodEnd),
            ["measureClassification"] = new JsonObject { ["id"] = PerformanceRatings.Classification(r.Rating), ["description"] = PerformanceRatings.Words(r.Rating) },
            ["notes"] = $"Performance rating (PA 2023 s.71): {PerformanceRatings.Words(r.Rating)}. {r.Note}".Trim(),
        });
        var observations = new JsonArray([.. verified, .. ratings]);
        var kpi = contract.Versions(kpiId)[^1];
        return observations.Count == 0 ? null : new JsonObject { ["id"] = kpi.Id, ["title"] = kpi.Measure, ["observations"] = observations };
    }

    private static string Description(Kpi kpi) => string.Create(CultureInfo.InvariantCulture,
        $"KPI: {kpi.Direction switch { KpiDirection.Decrease => "at most", KpiDirection.Maintain => "at least, every period,", _ => "" }} {kpi.Target:0.##} {kpi.Unit} from {kpi.PeriodStart:yyyy-MM-dd} to {kpi.PeriodEnd:yyyy-MM-dd}{(kpi.Place is null ? "" : $" in {kpi.Place}")}{(kpi.Goal is null ? "" : $"; goal: {kpi.Goal}")}.").Replace("KPI:  ", "KPI: ", StringComparison.Ordinal);

    private static JsonObject Period(DateOnly start, DateOnly end) =>
        new() { ["startDate"] = TenderReleaseWriter.Day(start, false), ["endDate"] = TenderReleaseWriter.Day(end, true) };
}
