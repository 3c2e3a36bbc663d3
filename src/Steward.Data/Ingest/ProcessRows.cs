using Steward.Core.Processes;

namespace Steward.Data.Ingest;

/// <summary>
/// The rows a chunk of rebuilt processes gives each table, gathered so that each table is written in one go (one
/// COPY per table on PostgreSQL), organisations first because processes refer to them.
/// </summary>
internal sealed class ProcessRows
{
    /// <summary>The region code for the whole country, which says nothing finer (SearchFilters).</summary>
    private const string WholeCountry = "UK";

    private readonly Dictionary<string, object?[]> _organisations = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _names = [];
    private readonly List<object?[]> _records = [];
    private readonly List<object?[]> _processes = [];
    private readonly List<object?[]> _lots = [];
    private readonly List<object?[]> _criteria = [];
    private readonly List<object?[]> _awards = [];
    private readonly List<object?[]> _awardSuppliers = [];
    private readonly List<object?[]> _contracts = [];
    private readonly List<object?[]> _bidStatistics = [];
    private readonly List<object?[]> _bids = [];
    private readonly List<object?[]> _bidTenderers = [];
    private readonly List<object?[]> _classifications = [];
    private readonly List<object?[]> _regions = [];
    private readonly List<object?[]> _notices = [];
    private readonly List<object?[]> _parties = [];
    private readonly List<object?[]> _searchTexts = [];
    private readonly List<object?[]> _socialValueTexts = [];
    private IReadOnlyList<(string Scheme, string Id, string Organisation)> _identifiers = [];
    private IReadOnlyList<(string Key, string Organisation)> _nameKeys = [];

    /// <summary>Adds one process: its record, facts and the organisations of its parties.</summary>
    public void Add(ProcessFacts facts, byte[] compiledJson, int releaseCount, DateTime? firstPublished, DateTime now, OrganisationResolver resolver)
    {
        var ocid = facts.Ocid;
        var date = facts.Date?.UtcDateTime;
        var partyOrganisations = new Dictionary<string, string>(StringComparer.Ordinal);
        var processParties = new Dictionary<string, (SortedSet<string> Roles, PartyFacts Party, SortedSet<string> PartyIds)>(StringComparer.Ordinal);
        foreach (var party in facts.Parties)
        {
            if (resolver.Resolve(party) is not { } organisation)
            {
                continue;
            }

            partyOrganisations[party.PartyId] = organisation;
            AddOrganisation(organisation, party, date);
            if (!processParties.TryGetValue(organisation, out var entry))
            {
                entry = (new SortedSet<string>(StringComparer.Ordinal), party, new SortedSet<string>(StringComparer.Ordinal));
                processParties[organisation] = entry;
            }

            entry.Roles.UnionWith(party.Roles);
            entry.PartyIds.Add(party.PartyId);
        }

        _records.Add([ocid, new Utf8Text(compiledJson), releaseCount, date, now]);
        var buyerParty = facts.BuyerPartyId is { } buyerPartyId ? facts.Parties.FirstOrDefault(p => p.PartyId == buyerPartyId) : null;
        var buyer = facts.BuyerPartyId is { } buyerPartyKey ? partyOrganisations.GetValueOrDefault(buyerPartyKey) : null;
        var arrangement = facts.Arrangement;
        var publisher = Publishers.Prefix(ocid);
        var regions = ProcessRegions.Resolve(facts.Regions, buyerParty);
        _processes.Add([ocid, facts.Title, facts.Status, facts.ProcurementMethod, facts.ProcurementMethodDetails, facts.MainCategory,
            facts.LegalBasis, facts.AboveThreshold, Amount(facts.TenderValue), facts.TenderCurrency, facts.TenderStart?.UtcDateTime,
            facts.TenderEnd?.UtcDateTime, date, firstPublished, facts.MainCpv, facts.NumberOfTenderers, buyer, facts.DeclaredBuyerId, facts.BuyerName,
            publisher, Publishers.IsOutsideUk(publisher, buyerParty?.Country), arrangement.Kind, arrangement.Source, arrangement.CallOff, arrangement.CallOffSource,
            facts.Title is { } title ? DuplicateProcesses.TitleKey(title) : null, !regions.Any(r => r.Code != WholeCountry)]);
        foreach (var (organisation, (roles, party, partyIds)) in processParties)
        {
            _parties.Add([ocid, organisation, string.Join(',', roles), party.Scale, party.Vcse, party.ShelteredWorkshop, party.PublicServiceMission,
                string.Join(',', partyIds)]);
        }

        foreach (var lot in facts.Lots)
        {
            _lots.Add([ocid, lot.LotId, lot.Title, lot.Status, Amount(lot.Value), lot.Currency, lot.SuitableForSme, lot.SuitableForVcse,
                lot.ReservedParticipation.Count > 0 ? string.Join(',', lot.ReservedParticipation) : null]);
        }

        foreach (var criterion in facts.Criteria)
        {
            var view = new Core.Analytics.CriterionView(criterion.LotId, criterion.Type, criterion.Name, criterion.Description, Amount(criterion.Weight), criterion.WeightKind);
            _criteria.Add([ocid, criterion.LotId, criterion.Ordinal, criterion.Type, criterion.Name, criterion.Description,
                Amount(criterion.Weight), criterion.WeightKind, Core.Analytics.SocialValueCriteria.IsSocialValue(view, Core.Analytics.SocialValueCriteria.DefaultPhrases),
                Core.Analytics.SocialValueCriteria.Weight(view)]);
        }

        foreach (var award in facts.Awards)
        {
            var listed = AwardSuppliers.Of(award, facts.Parties, partyOrganisations);
            _awards.Add([ocid, award.AwardId, award.Status, award.Date?.UtcDateTime, Amount(award.Value), award.Currency,
                award.RelatedLots.Count > 0 ? string.Join(',', award.RelatedLots) : null, listed.Count, listed.UnresolvedSme, listed.UnresolvedNotSme,
                listed.UnresolvedVcse]);
            foreach (var organisation in listed.Organisations)
            {
                _awardSuppliers.Add([ocid, award.AwardId, organisation]);
            }
        }

        foreach (var contract in facts.Contracts)
        {
            _contracts.Add([ocid, contract.ContractId, contract.AwardId, contract.Status, Amount(contract.Value), contract.Currency,
                contract.DateSigned?.UtcDateTime, contract.Start?.UtcDateTime, contract.End?.UtcDateTime]);
        }

        foreach (var statistic in facts.BidStatistics)
        {
            _bidStatistics.Add([ocid, statistic.Ordinal, statistic.Measure, Amount(statistic.Value), statistic.LotId, statistic.Currency]);
        }

        foreach (var bid in facts.Bids)
        {
            _bids.Add([ocid, bid.BidId, bid.Status, bid.Date?.UtcDateTime, Amount(bid.Value), bid.Currency,
                bid.RelatedLots.Count > 0 ? string.Join(',', bid.RelatedLots) : null, bid.TendererCount]);
            foreach (var organisation in bid.TendererPartyIds.Select(partyOrganisations.GetValueOrDefault).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                _bidTenderers.Add([ocid, bid.BidId, organisation]);
            }
        }

        foreach (var classification in facts.Classifications)
        {
            _classifications.Add([ocid, classification.Scheme, classification.Code, classification.LotId ?? string.Empty, classification.Description]);
        }

        foreach (var region in regions)
        {
            _regions.Add([ocid, region.Code, region.Source]);
        }

        if (facts.CommunityBenefits is { } benefits)
        {
            _socialValueTexts.Add([ocid, benefits.Source, benefits.Excerpt]);
        }

        foreach (var notice in facts.Notices)
        {
            _notices.Add([ocid, notice.Section, notice.DocumentId, notice.NoticeType, notice.DocumentType, notice.DatePublished?.UtcDateTime, notice.Url]);
        }

        _searchTexts.Add([ocid, facts.Title, SearchText.Body(facts)]);
    }

    /// <summary>The identifiers and name keys the resolver added while these rows were gathered, written with them.</summary>
    public void Resolved(IReadOnlyList<(string Scheme, string Id, string Organisation)> identifiers, IReadOnlyList<(string Key, string Organisation)> nameKeys)
    {
        _identifiers = identifiers;
        _nameKeys = nameKeys;
    }

    /// <summary>Writes every gathered row, organisations and their new identifiers and name keys first.</summary>
    public void Write(StoreSession session)
    {
        OrganisationWriter.Write(session, _organisations.Values.ToList(), _identifiers, _nameKeys, _names.ToList());
        Write(session, "records", ["ocid", "compiled", "release_count", "date", "updated_at"], _records);
        Write(session, "processes", ["ocid", "title", "status", "procurement_method", "procurement_method_details", "main_category",
            "legal_basis", "above_threshold", "tender_value", "tender_currency", "tender_start", "tender_end", "date", "first_published", "main_cpv", "number_of_tenderers", "buyer_id", "buyer_party_id", "buyer_name",
            "publisher", "outside_uk", "arrangement", "arrangement_source", "call_off", "call_off_source", "title_key", "uses_buyer_region"], _processes);
        Write(session, "process_parties", ["ocid", "organisation_id", "roles", "scale", "vcse", "sheltered_workshop", "public_service_mission", "party_ids"], _parties);
        Write(session, "lots", ["ocid", "lot_id", "title", "status", "value", "currency", "suitable_for_sme", "suitable_for_vcse", "reserved_participation"], _lots);
        Write(session, "award_criteria", ["ocid", "lot_id", "ordinal", "type", "name", "description", "weight", "weight_kind", "social_value", "weight_read"], _criteria);
        Write(session, "awards", ["ocid", "award_id", "status", "date", "value", "currency", "related_lots", "supplier_count", "unresolved_sme", "unresolved_not_sme",
            "unresolved_vcse"], _awards);
        Write(session, "award_suppliers", ["ocid", "award_id", "organisation_id"], _awardSuppliers);
        Write(session, "contracts", ["ocid", "contract_id", "award_id", "status", "value", "currency", "date_signed", "period_start", "period_end"], _contracts);
        Write(session, "bid_statistics", ["ocid", "ordinal", "measure", "value", "lot_id", "currency"], _bidStatistics);
        Write(session, "bids", ["ocid", "bid_id", "status", "date", "value", "currency", "related_lots", "tenderer_count"], _bids);
        Write(session, "bid_tenderers", ["ocid", "bid_id", "organisation_id"], _bidTenderers);
        Write(session, "classifications", ["ocid", "scheme", "code", "lot_id", "description"], _classifications);
        Write(session, "regions", ["ocid", "code", "source"], _regions);
        Write(session, "notices", ["ocid", "section", "document_id", "notice_type", "document_type", "date_published", "url"], _notices);
        Write(session, "search_texts", ["ocid", "title", "body"], _searchTexts);
        Write(session, "social_value_texts", ["ocid", "source", "excerpt"], _socialValueTexts);
    }

    private void AddOrganisation(string organisation, PartyFacts party, DateTime? asOf)
    {
        var (region, regionSource) = OrganisationRegion(party);
        var kind = party.IsPublicBody ? BuyerKinds.Classify(party.BuyerType, party.Activity, party.Name, region) : null;
        var row = new object?[] { organisation, party.Name, party.Scale, party.Vcse, party.ShelteredWorkshop, party.PublicServiceMission,
            party.BuyerType, party.PostalCode, region, kind?.Kind, kind?.Source, regionSource, asOf };
        if (!_organisations.TryGetValue(organisation, out var existing) || Later(asOf, existing[^1] as DateTime?))
        {
            _organisations[organisation] = row;
        }

        if (!string.IsNullOrWhiteSpace(party.Name))
        {
            _names.Add((organisation, party.Name.Trim()));
        }
    }

    /// <summary>The first-level region of a party's address (<see cref="ProcessRegions.OfParty"/>), with its source.</summary>
    private static (string? Region, string? Source) OrganisationRegion(PartyFacts party) =>
        ProcessRegions.OfParty(party) is { } fact && Core.Analytics.RegionCodes.FirstLevel(fact.Code) is { Length: 3 } level ? (level, fact.Source) : (null, null);

    private static bool Later(DateTime? candidate, DateTime? current) => current is null || (candidate is { } c && c >= current.Value);

    private static double? Amount(decimal? value) => value is { } amount ? (double)amount : null;

    private static void Write(StoreSession session, string table, string[] columns, List<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var sink = session.Open(table, columns);
        foreach (var row in rows)
        {
            sink.Write(row);
        }

        sink.Complete();
    }
}
