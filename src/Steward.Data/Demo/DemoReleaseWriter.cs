using System.Globalization;
using System.Text.Json;

namespace Steward.Data.Demo;

/// <summary>Writes one notice of a demo process as an OCDS release shaped as Find a Tender publishes them.</summary>
internal static class DemoReleaseWriter
{
    public static void Write(Utf8JsonWriter w, DemoProcess plan, DemoStep step, DateTime date, int notice)
    {
        var awarded = step.Notice is "UK5" or "UK6" or "UK7" or "UK10";
        var contracted = step.Notice is "UK7" or "UK10";
        w.WriteStartObject();
        w.WriteString("ocid", plan.Ocid);
        w.WriteString("id", $"{notice:D6}-{date.Year}");
        w.WriteString("date", DemoDataGenerator.Iso(date));
        w.WriteStartArray("tag");
        foreach (var tag in Tags(step.Notice))
        {
            w.WriteStringValue(tag);
        }

        w.WriteEndArray();
        w.WriteBoolean("synthetic", true);
        w.WriteString("initiationType", "tender");
        w.WriteString("language", "en");
        w.WriteStartArray("parties");
        Party(w, plan.Buyer, "buyer");
        if (awarded)
        {
            foreach (var supplier in plan.Lots.Select(l => l.Supplier).DistinctBy(s => s.PartyId))
            {
                Party(w, supplier, "supplier");
            }

            var winners = plan.Lots.Select(l => l.Supplier.PartyId).ToHashSet(StringComparer.Ordinal);
            foreach (var tenderer in plan.Lots.SelectMany(l => l.BidDetails).Select(b => b.Tenderer).DistinctBy(t => t.PartyId).Where(t => !winners.Contains(t.PartyId)))
            {
                Party(w, tenderer, "tenderer");
            }
        }

        w.WriteEndArray();
        w.WriteStartObject("buyer");
        w.WriteString("id", plan.Buyer.PartyId);
        w.WriteString("name", plan.Buyer.Name);
        w.WriteEndObject();
        if (step.Notice is "UK1" or "UK2")
        {
            w.WriteStartObject("planning");
            Documents(w, plan, step.Notice, step.Notice == "UK1" ? "plannedProcurementNotice" : "marketEngagementNotice", date);
            w.WriteEndObject();
        }

        DemoTenderWriter.Write(w, plan, step.Notice, date);
        if (awarded)
        {
            Awards(w, plan, step.Notice, date);
        }

        if (contracted)
        {
            Contracts(w, plan, step.Notice, date);
        }

        w.WriteEndObject();
    }

    private static string[] Tags(string notice) => notice switch
    {
        "UK1" or "UK2" => ["planning"],
        "UK4" => ["tender"],
        "UK10" => ["contractAmendment"],
        _ => ["award", "contract"],
    };

    private static void Party(Utf8JsonWriter w, DemoOrganisation organisation, string role)
    {
        w.WriteStartObject();
        w.WriteString("id", organisation.PartyId);
        w.WriteString("name", organisation.Name);
        w.WriteStartObject("identifier");
        w.WriteString("scheme", organisation.CompaniesHouse is not null ? "GB-COH" : organisation.Charity is not null ? "GB-CHC" : "GB-PPON");
        w.WriteString("id", organisation.CompaniesHouse ?? organisation.Charity ?? organisation.Ppon);
        w.WriteString("legalName", organisation.Name);
        w.WriteEndObject();
        if (organisation.CompaniesHouse is not null || organisation.Charity is not null)
        {
            w.WriteStartArray("additionalIdentifiers");
            w.WriteStartObject();
            w.WriteString("scheme", "GB-PPON");
            w.WriteString("id", organisation.Ppon);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("address");
        w.WriteString("locality", organisation.Region.Name);
        w.WriteString("region", organisation.Region.Code);
        w.WriteString("countryName", "United Kingdom");
        w.WriteEndObject();
        w.WriteStartObject("contactPoint");
        w.WriteString("name", "Synthetic contact");
        w.WriteString("email", "synthetic@example.invalid");
        w.WriteEndObject();
        w.WriteStartArray("roles");
        w.WriteStringValue(role);
        w.WriteEndArray();
        w.WriteStartObject("details");
        if (organisation.BuyerType is { } type)
        {
            w.WriteStartArray("classifications");
            w.WriteStartObject();
            w.WriteString("scheme", "UK_CA_TYPE");
            w.WriteString("id", type);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        else
        {
            w.WriteString("scale", organisation.Scale);
            w.WriteBoolean("vcse", organisation.Vcse ?? false);
            w.WriteBoolean("shelteredWorkshop", organisation.ShelteredWorkshop ?? false);
            w.WriteBoolean("publicServiceMissionOrganization", organisation.PublicServiceMission ?? false);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Awards(Utf8JsonWriter w, DemoProcess plan, string notice, DateTime date)
    {
        w.WriteStartArray("awards");
        foreach (var lot in plan.Lots)
        {
            w.WriteStartObject();
            w.WriteString("id", lot.Id);
            w.WriteString("status", notice == "UK5" ? "pending" : "active");
            w.WriteString("date", DemoDataGenerator.Iso(notice == "UK5" ? date.Date : plan.AwardDate));
            Value(w, lot.AwardValue);
            w.WriteStartArray("suppliers");
            w.WriteStartObject();
            w.WriteString("id", lot.Supplier.PartyId);
            w.WriteString("name", lot.Supplier.Name);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("relatedLots");
            w.WriteStringValue(lot.Id);
            w.WriteEndArray();
            if (notice is "UK5" or "UK6")
            {
                Documents(w, plan, notice, "awardNotice", date, lot.Id);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (notice == "UK6")
        {
            w.WriteStartObject("bids");
            w.WriteStartArray("statistics");
            foreach (var lot in plan.Lots)
            {
                Statistic(w, $"{lot.Id}-bids", "bids", lot.Bids, lot.Id);
                Statistic(w, $"{lot.Id}-sme", "smeBids", lot.SmeBids, lot.Id);
            }

            w.WriteEndArray();
            if (plan.TenderEnd is { } deadline && plan.Lots.Any(l => l.BidDetails.Count > 0))
            {
                BidDetails(w, plan, deadline);
            }

            w.WriteEndObject();
        }
    }

    private static void BidDetails(Utf8JsonWriter w, DemoProcess plan, DateTime deadline)
    {
        w.WriteStartArray("details");
        foreach (var lot in plan.Lots)
        {
            foreach (var bid in lot.BidDetails)
            {
                w.WriteStartObject();
                w.WriteString("id", $"{lot.Id}-{bid.Id}");
                w.WriteString("status", bid.Status);
                w.WriteString("date", DemoDataGenerator.Iso(deadline.AddHours(-bid.HoursBeforeDeadline)));
                w.WriteStartObject("value");
                w.WriteNumber("amount", bid.Value);
                w.WriteString("currency", "GBP");
                w.WriteEndObject();
                w.WriteStartArray("tenderers");
                w.WriteStartObject();
                w.WriteString("id", bid.Tenderer.PartyId);
                w.WriteString("name", bid.Tenderer.Name);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartArray("relatedLots");
                w.WriteStringValue(lot.Id);
                w.WriteEndArray();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static void Contracts(Utf8JsonWriter w, DemoProcess plan, string notice, DateTime date)
    {
        w.WriteStartArray("contracts");
        foreach (var lot in plan.Lots)
        {
            var start = date.Date.AddDays(14);
            w.WriteStartObject();
            w.WriteString("id", $"{lot.Id}-contract");
            w.WriteString("awardID", lot.Id);
            w.WriteString("status", "active");
            Value(w, notice == "UK10" ? Math.Round(lot.AwardValue * (1 + plan.ChangeShare) / 100) * 100 : lot.AwardValue);
            w.WriteString("dateSigned", DemoDataGenerator.Iso(plan.AwardDate.AddDays(10)));
            w.WriteStartObject("period");
            w.WriteString("startDate", DemoDataGenerator.Iso(start));
            w.WriteString("endDate", DemoDataGenerator.Iso(start.AddMonths(lot.ContractMonths)));
            w.WriteEndObject();
            if (notice == "UK10")
            {
                w.WriteStartArray("amendments");
                w.WriteStartObject();
                w.WriteString("id", "1");
                w.WriteString("date", DemoDataGenerator.Iso(date));
                w.WriteString("rationale", "Synthetic change: additional services within the scope of the contract");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            Documents(w, plan, notice, "contractNotice", date, lot.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Statistic(Utf8JsonWriter w, string id, string measure, int value, string lot)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("measure", measure);
        w.WriteNumber("value", value);
        w.WriteString("relatedLot", lot);
        w.WriteEndObject();
    }

    internal static void Value(Utf8JsonWriter w, double amount)
    {
        w.WriteStartObject("value");
        w.WriteNumber("amount", amount);
        w.WriteNumber("amountGross", Math.Round(amount * 1.2, 2));
        w.WriteString("currency", "GBP");
        w.WriteEndObject();
    }

    internal static void Documents(Utf8JsonWriter w, DemoProcess plan, string notice, string documentType, DateTime date, string? lot = null)
    {
        w.WriteStartArray("documents");
        w.WriteStartObject();
        w.WriteString("id", lot is null ? notice : $"{notice}-{lot}");
        w.WriteString("documentType", documentType);
        w.WriteString("noticeType", notice);
        w.WriteString("description", $"Synthetic {notice} notice generated by steward demo");
        w.WriteString("url", $"https://example.invalid/steward-demo/{plan.Ocid}/{notice.ToLower(CultureInfo.InvariantCulture)}");
        w.WriteString("datePublished", DemoDataGenerator.Iso(date));
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
