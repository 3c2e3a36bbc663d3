using System.Text.Json;

namespace Steward.Core.Processes;

/// <summary>
/// Reads the <see cref="ProcessFacts"/> of a compiled release. It is lenient: a field that is missing or of the
/// wrong type is left empty, and duplicate ids keep their first occurrence, so that any published process yields
/// its facts.
/// </summary>
public static class ProcessFactsReader
{
    /// <summary>The facts of one compiled release.</summary>
    public static ProcessFacts Read(JsonElement compiled)
    {
        var tender = compiled.Field("tender");
        var legalBasis = tender.Field("legalBasis");
        var parties = PartiesReader.Read(compiled).ToList();
        var buyerObject = compiled.Field("buyer");
        var buyerParty = buyerObject.Text("id") is { } buyerId
            ? parties.FirstOrDefault(p => p.PartyId == buyerId)
            : parties.FirstOrDefault(p => p.Roles.Contains("buyer"));
        if (buyerParty is null && (buyerObject.Text("id") is not null || buyerObject.Text("name") is not null))
        {
            // A buyer named only in the buyer object (OCDS 1.0, or a party list without it) is still a party of the process.
            buyerParty = new PartyFacts { PartyId = buyerObject.Text("id") ?? "buyer", Name = buyerObject.Text("name"), Roles = ["buyer"] };
            parties.Add(buyerParty);
        }

        var notices = Notices(compiled);
        return new ProcessFacts
        {
            Ocid = compiled.Text("ocid") ?? string.Empty,
            Title = tender.Text("title"),
            Description = tender.Text("description"),
            ReleaseDescription = compiled.Text("description"),
            Status = tender.Text("status"),
            ProcurementMethod = tender.Text("procurementMethod"),
            ProcurementMethodDetails = tender.Text("procurementMethodDetails"),
            MainCategory = tender.Text("mainProcurementCategory"),
            LegalBasis = legalBasis.Text("id") is { } id ? $"{legalBasis.Text("scheme")}:{id}" : null,
            AboveThreshold = tender.Boolean("aboveThreshold"),
            TenderValue = tender.Field("value").Decimal("amount"),
            TenderCurrency = tender.Field("value").Text("currency"),
            TenderStart = tender.Field("tenderPeriod").Date("startDate"),
            TenderEnd = tender.Field("tenderPeriod").Date("endDate"),
            Date = compiled.Date("date"),
            BuyerPartyId = buyerParty?.PartyId,
            BuyerName = compiled.Field("buyer").Text("name") ?? buyerParty?.Name,
            DeclaredBuyerId = compiled.Field("buyer").Text("id"),
            NumberOfTenderers = tender.Integer("numberOfTenderers"),
            Parties = parties,
            Lots = Lots(tender),
            Criteria = Criteria(tender),
            Awards = Awards(compiled),
            Contracts = Contracts(compiled),
            BidStatistics = BidStatistics(compiled),
            Bids = Bids(compiled),
            Classifications = Classifications(compiled),
            MainCpv = MainCpv(compiled),
            Regions = Regions(compiled),
            Notices = notices,
            Arrangement = Arrangements.Read(compiled, notices),
            CommunityBenefits = CommunityBenefitText.Find(compiled),
        };
    }

    private static List<LotFacts> Lots(JsonElement tender)
    {
        var tenderReserved = tender.Field("otherRequirements").Strings("reservedParticipation");
        var lots = tender.Objects("lots")
            .Select(lot => new LotFacts
            {
                LotId = lot.Text("id") ?? string.Empty,
                Title = lot.Text("title"),
                Status = lot.Text("status"),
                Value = lot.Field("value").Decimal("amount"),
                Currency = lot.Field("value").Text("currency"),
                SuitableForSme = lot.Field("suitability").Boolean("sme") ?? tender.Field("suitability").Boolean("sme"),
                SuitableForVcse = lot.Field("suitability").Boolean("vcse") ?? tender.Field("suitability").Boolean("vcse"),
                ReservedParticipation = lot.Field("otherRequirements").Strings("reservedParticipation") is { Count: > 0 } own ? own : tenderReserved,
            })
            .Where(lot => lot.LotId.Length > 0)
            .DistinctBy(lot => lot.LotId, StringComparer.Ordinal)
            .ToList();
        if (lots.Count > 0 || tender.ValueKind != JsonValueKind.Object)
        {
            return lots;
        }

        // A tender without lots is one lot, as the OCDS lots extension says; "tender" names it.
        return
        [
            new LotFacts
            {
                LotId = "tender",
                Title = tender.Text("title"),
                Status = tender.Text("status"),
                Value = tender.Field("value").Decimal("amount"),
                Currency = tender.Field("value").Text("currency"),
                SuitableForSme = tender.Field("suitability").Boolean("sme"),
                SuitableForVcse = tender.Field("suitability").Boolean("vcse"),
                ReservedParticipation = tenderReserved,
            },
        ];
    }

    private static List<AwardCriterionFacts> Criteria(JsonElement tender)
    {
        var criteria = new List<AwardCriterionFacts>();
        var sources = tender.Objects("lots").Select(lot => (LotId: lot.Text("id") ?? string.Empty, Criteria: lot.Field("awardCriteria")))
            .Append((LotId: "tender", Criteria: tender.Field("awardCriteria")));
        foreach (var (lotId, awardCriteria) in sources)
        {
            var ordinal = 0;
            foreach (var criterion in awardCriteria.Objects("criteria"))
            {
                var number = criterion.Objects("numbers").FirstOrDefault();
                criteria.Add(new AwardCriterionFacts
                {
                    LotId = lotId,
                    Ordinal = ordinal++,
                    Type = criterion.Text("type"),
                    Name = criterion.Text("name"),
                    Description = criterion.Text("description"),
                    Weight = number.Decimal("number"),
                    WeightKind = number.Text("weight"),
                });
            }
        }

        return criteria;
    }

    private static List<AwardFacts> Awards(JsonElement compiled) =>
        compiled.Objects("awards")
            .Select(award => new AwardFacts
            {
                AwardId = award.Text("id") ?? string.Empty,
                Status = award.Text("status"),
                Date = award.Date("date"),
                Value = award.Field("value").Decimal("amount"),
                Currency = award.Field("value").Text("currency"),
                RelatedLots = award.Strings("relatedLots"),
                SupplierPartyIds = award.Objects("suppliers").Select(s => s.Text("id")).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                SupplierCount = award.Objects("suppliers").Count(),
                SuppliersWithoutId = award.Objects("suppliers").Count(s => s.Text("id") is null),
            })
            .Where(award => award.AwardId.Length > 0)
            .DistinctBy(award => award.AwardId, StringComparer.Ordinal)
            .ToList();

    private static List<ContractFacts> Contracts(JsonElement compiled) =>
        compiled.Objects("contracts")
            .Select(contract => new ContractFacts
            {
                ContractId = contract.Text("id") ?? string.Empty,
                AwardId = contract.Text("awardID"),
                Status = contract.Text("status"),
                Value = contract.Field("value").Decimal("amount"),
                Currency = contract.Field("value").Text("currency"),
                DateSigned = contract.Date("dateSigned"),
                Start = contract.Field("period").Date("startDate"),
                End = contract.Field("period").Date("endDate"),
            })
            .Where(contract => contract.ContractId.Length > 0)
            .DistinctBy(contract => contract.ContractId, StringComparer.Ordinal)
            .ToList();

    private static List<BidStatisticFacts> BidStatistics(JsonElement compiled) =>
        compiled.Field("bids").Objects("statistics")
            .Where(s => s.Text("measure") is not null)
            .Select((s, i) => new BidStatisticFacts(i, s.Text("measure")!, s.Decimal("value"), s.Text("relatedLot"), s.Text("currency")))
            .ToList();

    private static List<BidFacts> Bids(JsonElement compiled) =>
        compiled.Field("bids").Objects("details")
            .Select(bid => new BidFacts
            {
                BidId = bid.Text("id") ?? string.Empty,
                Status = bid.Text("status"),
                Date = bid.Date("date"),
                Value = bid.Field("value").Decimal("amount"),
                Currency = bid.Field("value").Text("currency"),
                RelatedLots = bid.Strings("relatedLots"),
                TendererPartyIds = bid.Objects("tenderers").Select(t => t.Text("id")).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                TendererCount = bid.Objects("tenderers").Count(),
            })
            .Where(bid => bid.BidId.Length > 0)
            .DistinctBy(bid => bid.BidId, StringComparer.Ordinal)
            .ToList();

    private static List<ClassificationFacts> Classifications(JsonElement compiled)
    {
        var found = new List<ClassificationFacts>();
        void Add(JsonElement classification, string? lotId)
        {
            if (classification.Text("scheme") is { } scheme && classification.Text("id") is { } code)
            {
                found.Add(new ClassificationFacts(scheme, code, classification.Text("description"), lotId));
            }
        }

        var tender = compiled.Field("tender");
        Add(tender.Field("classification"), null);
        foreach (var item in tender.Objects("items").Concat(compiled.Objects("awards").SelectMany(a => a.Objects("items"))))
        {
            Add(item.Field("classification"), item.Text("relatedLot"));
            foreach (var additional in item.Objects("additionalClassifications"))
            {
                Add(additional, item.Text("relatedLot"));
            }
        }

        return found.DistinctBy(c => (c.Scheme, c.Code, c.LotId)).ToList();
    }

    private static string? MainCpv(JsonElement compiled)
    {
        static bool IsCpv(JsonElement classification) =>
            string.Equals(classification.Text("scheme"), "CPV", StringComparison.OrdinalIgnoreCase) && classification.Text("id") is not null;

        var tender = compiled.Field("tender");
        if (IsCpv(tender.Field("classification")))
        {
            return tender.Field("classification").Text("id");
        }

        return tender.Objects("items")
            .SelectMany(item => item.Objects("additionalClassifications").Prepend(item.Field("classification")))
            .Where(IsCpv)
            .Select(c => c.Text("id"))
            .FirstOrDefault();
    }

    private static List<string> Regions(JsonElement compiled)
    {
        var tender = compiled.Field("tender");
        var regions = tender.Objects("items")
            .SelectMany(item => item.Objects("deliveryAddresses"))
            .Concat(tender.Objects("deliveryAddresses"))
            .Select(address => address.Text("region"))
            .OfType<string>();
        return regions.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<NoticeFacts> Notices(JsonElement compiled)
    {
        var sections = new List<(string Section, JsonElement Holder)>
        {
            ("planning", compiled.Field("planning")),
            ("tender", compiled.Field("tender")),
        };
        sections.AddRange(compiled.Objects("awards").Select(a => ("award", a)));
        sections.AddRange(compiled.Objects("contracts").Select(c => ("contract", c)));
        return sections
            .SelectMany(s => s.Holder.Objects("documents").Select(d => (s.Section, Document: d)))
            .Where(x => x.Document.Text("noticeType") is not null || x.Document.Text("documentType") is "tenderNotice" or "awardNotice" or "contractNotice" or "plannedProcurementNotice")
            .Select(x => new NoticeFacts
            {
                DocumentId = x.Document.Text("id") ?? string.Empty,
                NoticeType = x.Document.Text("noticeType"),
                DocumentType = x.Document.Text("documentType"),
                Section = x.Section,
                DatePublished = x.Document.Date("datePublished"),
                Url = x.Document.Text("url"),
            })
            .Where(n => n.DocumentId.Length > 0)
            .DistinctBy(n => (n.Section, n.DocumentId))
            .ToList();
    }
}
