using Microsoft.Extensions.Options;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Hosting;
using static Steward.Web.Tables.ColumnFormat;

namespace Steward.Web.Tables;

/// <summary>
/// Every table the portal shows, built the same way for the page and for its CSV/XLSX download
/// (<c>/tables/{key}.{format}</c>), so a download holds exactly what the page shows, and more rows.
/// </summary>
public sealed class PortalTables(PortalStore store, ReportCache reports, IOptions<PortalOptions> options, Register.RegisterService register, TimeProvider time,
    Data.Delivery.ContractDeliveries deliveries)
{
    public static readonly IReadOnlyList<string> Keys =
        ["buyers", "buyer-years", "buyer-markets", "buyer-peers", "buyer-flags", "suppliers", "supplier-markets", "supplier-awards", "markets", "flags", "indicators", "search", "process-awards",
            "social-value", .. Register.RegisterTables.Keys, .. Delivery.DeliveryTables.Keys, .. Delivery.DeliveryPeerTables.Keys];

    /// <summary>The table <paramref name="key"/> for the query's <c>id</c> (or search filters); null when there is none.</summary>
    public async Task<PortalTable?> BuildAsync(string key, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? id = query["id"];
        return key switch
        {
            "buyers" => Buyers(await reports.CurrentAsync().ConfigureAwait(false)),
            "buyer-years" when id is not null => BuyerYears(await reports.CurrentAsync().ConfigureAwait(false), id),
            "buyer-markets" when id is not null => BuyerMarkets(await reports.CurrentAsync().ConfigureAwait(false), id),
            "buyer-peers" when id is not null => BuyerPeers(await reports.CurrentAsync().ConfigureAwait(false), id),
            "buyer-flags" when id is not null => Flags(await reports.CurrentAsync().ConfigureAwait(false), id, null),
            "suppliers" => Suppliers(await reports.CurrentAsync().ConfigureAwait(false)),
            "supplier-markets" when id is not null => SupplierMarkets(await reports.CurrentAsync().ConfigureAwait(false), id),
            "supplier-awards" when id is not null => SupplierAwards(id),
            "markets" => Markets(await reports.CurrentAsync().ConfigureAwait(false), query["cpv"], query["region"]),
            "flags" => Flags(await reports.CurrentAsync().ConfigureAwait(false), null, query["code"]),
            "indicators" => Indicators(await reports.CurrentAsync().ConfigureAwait(false)),
            "search" => await SearchDownloadAsync(SearchQuery.Read(query, SearchQuery.Today(time)), query).ConfigureAwait(false),
            "social-value" => SocialValue(SocialValueSearch.Search(store.Target, SocialValueQueryString.Read(query) with { Page = 1, PageSize = options.Value.MaxExportRows }),
                SocialValueQueryString.QueryString(query), (await reports.CurrentAsync().ConfigureAwait(false)).CpvNames),
            "process-awards" when id is not null => ProcessAwards(id),
            "buyer-delivery-peers" when id is not null => Delivery.DeliveryPeerTables.Peers(id, deliveries.BuyerRecords(SearchQuery.Today(time)), await reports.CurrentAsync().ConfigureAwait(false)),
            "buyer-delivery-places" when id is not null => Delivery.DeliveryPeerTables.Places(id, deliveries.ForBuyer(id, SearchQuery.Today(time))),
            _ when Delivery.DeliveryTables.Keys.Contains(key) => Delivery.DeliveryTables.Build(key, id, deliveries, SearchQuery.Today(time)),
            _ => Register.RegisterTables.Build(key, register),
        };
    }

    public static PortalTable Buyers(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Built("table:buyers", () => BuildBuyers(snapshot));
    }

    private static PortalTable BuildBuyers(ReportSnapshot snapshot)
    {
        var rows = snapshot.Buyers.Buyers.OrderByDescending(b => b.AwardValue ?? -1).ThenBy(b => b.BuyerId, StringComparer.Ordinal)
            .Select(b => (IReadOnlyList<object?>)[b.BuyerName ?? b.BuyerId, Core.Processes.BuyerKinds.Label(b.BuyerType), Core.Processes.UkRegions.Name(b.Region), b.Processes,
                b.Awards, b.AwardValue, b.SmeShare, b.VcseShare, b.DirectAwardShare, b.SingleBidShare, b.Frameworks.Processes, b.Frameworks.Ceiling,
                snapshot.FlagsByBuyer[b.BuyerId].Count(), b.BuyerId, b.BuyerType, b.Region]).ToList();
        return new PortalTable("buyers", "Buyers, by value awarded (frameworks' and dynamic markets' ceilings apart)", [
            new("Buyer", "buyerName", Link: r => Links.Buyer((string)r[13]!)), new("Type", "buyerTypeName") { Filter = true }, new("Region", "regionName") { Filter = true },
            new("Processes", "processes", Number), new("Awards", "awards", Number), new("Value awarded", "awardValue", Money),
            new("SME share", "smeShare", Percent), new("VCSE share", "vcseShare", Percent), new("Direct awards", "directAwardShare", Percent),
            new("Single-bid lots", "singleBidShare", Percent), new("Frameworks and dynamic markets", "frameworkProcesses", Number),
            new("Their ceilings", "frameworkCeiling", Money), new("Red flags", "redFlags", Number), new("Buyer id", "buyerId", Link: r => Links.Buyer((string)r[13]!)) { Identifier = true }, new("Type code", "buyerType"),
            new("Region code", "region")], rows);
    }

    /// <summary>The buyer's figures year by year, or null when there is no such buyer.</summary>
    public static PortalTable? BuyerYears(ReportSnapshot snapshot, string buyerId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!snapshot.BuyersById.ContainsKey(buyerId))
        {
            return null;
        }

        var rows = snapshot.Years(buyerId).Select(y => (IReadOnlyList<object?>)[y.Year, y.Figures.Processes, y.Figures.Awards,
            y.Figures.AwardValue, y.Figures.SmeShare, y.Figures.VcseShare, y.Figures.DirectAwardShare, y.Figures.MedianDaysToAward]).ToList();
        return new PortalTable("buyer-years", "Year by year", [
            new("Year", "year"), new("Processes", "processes", Number), new("Awards", "awards", Number), new("Value awarded", "awardValue", Money),
            new("SME share", "smeShare", Percent), new("VCSE share", "vcseShare", Percent), new("Direct awards", "directAwardShare", Percent),
            new("Median days to award", "medianDaysToAward", Number)], rows, Query(buyerId));
    }

    /// <summary>The buyer's value by CPV division, or null when there is no such buyer.</summary>
    public static PortalTable? BuyerMarkets(ReportSnapshot snapshot, string buyerId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!snapshot.BuyersById.ContainsKey(buyerId))
        {
            return null;
        }

        var rows = snapshot.BuyerMarkets(buyerId).Select(m => (IReadOnlyList<object?>)[m.Cpv, m.Awards, m.Value, m.Share]).ToList();
        return new PortalTable("buyer-markets", "What it buys: value awarded by CPV division", [
            new("CPV division", "cpvDivision") { Words = CodeWords.Cpv }, new("Awards", "awards", Number), new("Value awarded", "awardValue", Money), new("Share of value", "share", Percent)],
            rows, Query(buyerId));
    }

    public static PortalTable? BuyerPeers(ReportSnapshot snapshot, string buyerId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!snapshot.BuyersById.TryGetValue(buyerId, out var buyer))
        {
            return null;
        }

        var rows = PeerComparison.Metrics.Select(m => (IReadOnlyList<object?>)[MetricNames.Label(m.Name), m.Read(buyer),
            buyer.Peers?.ByType?.Percentiles.GetValueOrDefault(m.Name), buyer.Peers?.ByTypeAndRegion?.Percentiles.GetValueOrDefault(m.Name), m.Name]).ToList();
        return new PortalTable("buyer-peers", "Against its peers (percentile: share of peers with a lower figure, ties counted half)", [
            new("Figure", "figure"), new("Value", "value", Number) { RowFormat = r => MetricNames.Format((string)r[4]!) }, new($"Percentile among {buyer.Peers?.ByType?.Peers ?? 0} buyers of its type", "percentileByType", Number),
            new($"Percentile among {buyer.Peers?.ByTypeAndRegion?.Peers ?? 0} of its type in its region", "percentileByTypeAndRegion", Number), new("Field in the API", "metric")], rows, Query(buyerId));
    }

    public static PortalTable Flags(ReportSnapshot snapshot, string? buyerId, string? code)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return buyerId is null && string.IsNullOrWhiteSpace(code)
            ? snapshot.Built("table:flags", () => BuildFlags(snapshot, null, null))
            : BuildFlags(snapshot, buyerId, code);
    }

    private static PortalTable BuildFlags(ReportSnapshot snapshot, string? buyerId, string? code)
    {
        IEnumerable<RedFlag> flags = buyerId is not null ? snapshot.FlagsByBuyer[buyerId] : snapshot.Flags.Flags;
        if (!string.IsNullOrWhiteSpace(code))
        {
            flags = flags.Where(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));
        }

        var rows = flags.Select(f => (IReadOnlyList<object?>)[f.Indicator, f.Value, f.Reason, f.Ocid, f.BuyerId, f.OrganisationId, f.Code]).ToList();
        var query = buyerId is not null ? Query(buyerId) : string.IsNullOrWhiteSpace(code) ? string.Empty : $"?code={Uri.EscapeDataString(code)}";
        return new PortalTable(buyerId is null ? "flags" : "buyer-flags", "Red flags", [
            new("Indicator", "indicator") { Filter = true }, new("Value", "value", Number), new("Reason", "reason"),
            new("Process", "ocid", Link: r => r[3] is string o ? Links.Process(o) : null) { Identifier = true },
            new("Buyer", "buyerId", Link: r => r[4] is string b ? Links.Buyer(b) : null) { Identifier = true },
            new("Organisation", "organisationId", Link: r => r[5] is string s ? Links.Supplier(s) : null) { Identifier = true }, new("Code", "code")], rows, query);
    }

    public static PortalTable Indicators(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rows = snapshot.Flags.Indicators.Select(i => (IReadOnlyList<object?>)[i.Code, i.Indicator, i.Subject, i.Eligible, i.WithData, i.Flagged, i.Fence?.Fence, i.Rule]).ToList();
        return new PortalTable("indicators", "Indicators: what each could be computed on", [
            new("Code", "code", Link: r => $"/flags?code={Uri.EscapeDataString((string)r[0]!)}"), new("Indicator", "indicator"), new("Subject", "subject"),
            new("Eligible", "eligible", Number), new("With the data", "withData", Number), new("Flagged", "flagged", Number), new("Fence", "fence", Number),
            new("Rule", "rule")], rows);
    }

    public static PortalTable Suppliers(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Built("table:suppliers", () => BuildSuppliers(snapshot));
    }

    /// <summary>
    /// The suppliers list: read a page at a time from the stored figures (ADR 0016), or, when the figures were computed
    /// in memory, built from them. Both give the same rows in the same order.
    /// </summary>
    private static PortalTable BuildSuppliers(ReportSnapshot snapshot)
    {
        var (rows, paged) = snapshot.Suppliers switch
        {
            SnapshotSuppliers.StoredList stored => ([], new SupplierListRows(stored.Target)),
            SnapshotSuppliers.Memory memory => (memory.All.OrderByDescending(s => s.AwardValue ?? -1).ThenBy(s => s.SupplierId, StringComparer.Ordinal)
                .Select(s => SupplierListRows.Row(new(s.SupplierId, s.Name, s.Scale, s.Vcse, s.Awards, s.AwardValue, s.FrameworkPlaces, s.Buyers))).ToList(), (IPagedRows?)null),
            var other => throw new NotSupportedException($"suppliers held as {other.GetType().Name}"),
        };
        return new PortalTable("suppliers", "Suppliers, by value awarded (places on frameworks and dynamic markets apart)", [
            new("Supplier", "name", Link: r => Links.Supplier((string)r[7]!)), new("Scale (as published)", "scale") { Filter = true, Words = CodeWords.Scale },
            new("VCSE (as published)", "vcse") { Filter = true }, new("Awards", "awards", Number), new("Value awarded", "awardValue", Money),
            new("Framework and dynamic market places", "frameworkPlaces", Number), new("Buyers", "buyers", Number), new("Supplier id", "supplierId", Link: r => Links.Supplier((string)r[7]!)) { Identifier = true }], rows)
        { Paged = paged };
    }

    public static PortalTable? SupplierMarkets(ReportSnapshot snapshot, string supplierId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Suppliers.Find(supplierId) is { } supplier ? SupplierMarkets(supplier) : null;
    }

    /// <summary>The supplier's markets, from its figures already read (a supplier's page reads them once for both).</summary>
    public static PortalTable SupplierMarkets(SupplierFigures supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var supplierId = supplier.SupplierId;
        var rows = supplier.Markets.Select(m => (IReadOnlyList<object?>)[m.Cpv, m.Region, m.Awards, m.Value, m.Share]).ToList();
        return new PortalTable("supplier-markets", "Its markets (CPV division × region, all years)", [
            new("CPV division", "cpv", Link: r => Links.Market((string)r[0]!, (string)r[1]!)) { Words = CodeWords.Cpv }, new("Region", "region") { Words = CodeWords.Region },
            new("Awards", "awards", Number),
            new("Value awarded", "value", Money), new("Share of the market", "share", Percent)], rows, Query(supplierId));
    }

    public PortalTable SupplierAwards(string supplierId)
    {
        var views = ProcessViewReader.ReadScope(store.Target, ViewParts.Awards, ProcessScope.Supplier(supplierId));
        var rows = views.SelectMany(p => p.Awards.Where(a => a.Suppliers.Any(s => s.OrganisationId == supplierId))
                .Select(a => (IReadOnlyList<object?>)[p.Ocid, p.BuyerName ?? p.BuyerId, ReportWindow.AwardDate(a, p), a.Value, a.Currency, a.Status, CountedAs(p),
                    a.AwardId, p.BuyerId]))
            .OrderByDescending(r => r[2] as DateTime?).ToList();
        return new PortalTable("supplier-awards", "Its awards", [
            new("Process", "ocid", Link: r => Links.Process((string)r[0]!)) { Identifier = true }, new("Buyer", "buyerName", Link: r => r[8] is string b ? Links.Buyer(b) : null),
            new("Date", "date", Date), new("Value", "value", Money), new("Currency", "currency"), new("Status", "status") { Words = CodeWords.AwardStatus },
            new("Counted as", "countedAs"), new("Award", "awardId") { Identifier = true }, new("Buyer id", "buyerId", Link: r => r[8] is string b ? Links.Buyer(b) : null) { Identifier = true }],
            rows, Query(supplierId));
    }

    public static PortalTable Markets(ReportSnapshot snapshot, string? cpv, string? region)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return string.IsNullOrWhiteSpace(cpv) && string.IsNullOrWhiteSpace(region)
            ? snapshot.Built("table:markets", () => BuildMarkets(snapshot, null, null))
            : BuildMarkets(snapshot, cpv, region);
    }

    private static PortalTable BuildMarkets(ReportSnapshot snapshot, string? cpv, string? region)
    {
        var markets = snapshot.Markets.Markets.Where(m => (string.IsNullOrWhiteSpace(cpv) || m.Cpv == cpv) && (string.IsNullOrWhiteSpace(region) || m.Region == region));
        var rows = markets.OrderBy(m => m.Cpv, StringComparer.Ordinal).ThenBy(m => m.Region, StringComparer.Ordinal).ThenBy(m => m.Year)
            .Select(m => (IReadOnlyList<object?>)[m.Cpv, m.Region, m.Year, m.Processes, m.Awards, m.Value, m.Suppliers, m.Hhi, m.Top4Share, m.Entries, m.Exits, m.SmeShare, m.VcseShare])
            .ToList();
        var query = string.Join('&', new[] { ("cpv", cpv), ("region", region) }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return new PortalTable("markets", "Markets: CPV division × region × year", [
            new("CPV division", "cpv", Link: r => Links.Market((string)r[0]!, (string)r[1]!)) { Filter = true, Words = CodeWords.Cpv },
            new("Region", "region") { Filter = true, Words = CodeWords.Region },
            new("Year", "year") { Filter = true }, new("Processes", "processes", Number), new("Awards", "awards", Number), new("Value awarded", "value", Money), new("Suppliers", "suppliers", Number),
            new("HHI", "hhi", Number), new("Top-4 share", "top4Share", Percent), new("Entries", "entries", Number), new("Exits", "exits", Number),
            new("SME share", "smeShare", Percent), new("VCSE share", "vcseShare", Percent)], rows, query.Length == 0 ? string.Empty : "?" + query);
    }

    /// <summary>Every match of a search (up to <see cref="PortalOptions.MaxExportRows"/>), for its CSV/XLSX download.</summary>
    public async Task<PortalTable> SearchDownloadAsync(SearchCriteria criteria, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = await ProcessSearch.HitsAsync(store.Target, criteria, options.Value.MaxExportRows).ConfigureAwait(false);
        var descriptions = await ProcessDescriptions.ReadAsync(store.Target, hits.Select(h => h.Ocid).ToList()).ConfigureAwait(false);
        return SearchTable(hits, SearchQuery.QueryString(query), (await reports.CurrentAsync().ConfigureAwait(false)).CpvNames, descriptions);
    }

    /// <summary>
    /// The search results table, CPV codes named with <paramref name="cpvNames"/> (<see cref="ReportSnapshot.CpvNames"/>); with
    /// <paramref name="descriptions"/> (downloads), the tender's and the release's own descriptions as two more columns.
    /// </summary>
    public static PortalTable SearchTable(IReadOnlyList<SearchHit> hits, string query, IReadOnlyDictionary<string, string> cpvNames,
        IReadOnlyDictionary<string, (string? Tender, string? Release)>? descriptions = null)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(cpvNames);
        var rows = hits.Select(h => (IReadOnlyList<object?>)[h.Title ?? h.Ocid, h.BuyerName, h.TenderValue, h.ClosingDate, h.MainCpv, h.Status, h.ProcurementMethod,
            h.FirstPublished, h.Currency, h.Ocid, h.BuyerId, descriptions?.GetValueOrDefault(h.Ocid).Tender,
            descriptions?.GetValueOrDefault(h.Ocid).Release]).ToList();
        return new PortalTable("search", "Matching processes", [
            new("Title", "title", Link: r => Links.Process((string)r[9]!)), new("Buyer", "buyerName", Link: r => r[10] is string b ? Links.Buyer(b) : null),
            new("Estimated value", "tenderValue", Money), new("Closing date", "closingDate", Date), new("Main CPV", "mainCpv") { Words = CodeWords.Cpv(cpvNames) },
            new("Status", "status") { Words = CodeWords.TenderStatus }, new("Procedure", "procurementMethod") { Words = CodeWords.Procedure },
            new("First published", "firstPublished", Date), new("Currency", "currency"), new("OCID", "ocid", Link: r => Links.Process((string)r[9]!)) { Identifier = true },
            new("Buyer id", "buyerId", Link: r => r[10] is string b ? Links.Buyer(b) : null) { Identifier = true },
            new("Description", "description") { DownloadOnly = true }, new("Further information", "releaseDescription") { DownloadOnly = true }], rows, query);
    }

    public PortalTable? ProcessAwards(string ocid)
    {
        var views = ProcessViewReader.ReadScope(store.Target, ViewParts.Awards, ProcessScope.Process(ocid));
        if (views.Count == 0)
        {
            return null;
        }

        var view = views[0];

        var names = ProcessDetails.Read(store.Target, ocid)?.Names ?? new Dictionary<string, string>();
        return ProcessAwards(view, names);
    }

    public static PortalTable ProcessAwards(ProcessView view, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(names);
        var rows = view.Awards.SelectMany(a => (a.Suppliers.Count == 0 ? [null] : a.Suppliers.Cast<SupplierView?>())
            .Select(s => (IReadOnlyList<object?>)[s is null ? null : names.GetValueOrDefault(s.OrganisationId) ?? s.OrganisationId, a.Value, a.Currency, a.Date, a.Status,
                s?.Scale, s?.Vcse, a.AwardId, s?.OrganisationId])).ToList();
        return new PortalTable("process-awards", "Awards and suppliers", [
            new("Supplier", "supplierName", Link: r => r[8] is string s ? Links.Supplier(s) : null), new("Value", "value", Money), new("Currency", "currency"),
            new("Date", "date", Date), new("Status", "status") { Words = CodeWords.AwardStatus }, new("Scale (as published)", "scale") { Words = CodeWords.Scale },
            new("VCSE (as published)", "vcse"), new("Award", "awardId") { Identifier = true },
            new("Supplier id", "supplierId", Link: r => r[8] is string s ? Links.Supplier(s) : null) { Identifier = true }], rows, Query(view.Ocid));
    }

    /// <summary>
    /// A page of the social value list (docs/portal.md, "Social value in peers' tenders"), CPV codes named with
    /// <paramref name="cpvNames"/> (<see cref="ReportSnapshot.CpvNames"/>).
    /// </summary>
    public static PortalTable SocialValue(SocialValuePage page, string query, IReadOnlyDictionary<string, string> cpvNames)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(cpvNames);
        static string Criteria(IEnumerable<SocialValueCriterion> criteria) =>
            string.Join("; ", criteria.Select(c => $"{c.Name ?? c.Type ?? "criterion"}{(c.Weight is { } w ? $" {CellFormat.Number(w)}%" : " (weight not published)")}"));
        var rows = page.Rows.Select(r => (IReadOnlyList<object?>)[r.BuyerName ?? r.BuyerId, r.Year, r.MainCpv, r.Title ?? r.Ocid,
            Criteria(r.Criteria.Where(c => c.SocialValue)), Criteria(r.Criteria.Where(c => !c.SocialValue)), r.Excerpt, r.ExcerptSource, r.Ocid, r.BuyerId]).ToList();
        return new PortalTable("social-value", "Social value in peers' tenders: criteria, weights and community benefits as published", [
            new("Buyer", "buyerName", Link: r => r[9] is string b ? Links.Buyer(b) : null), new("Year", "year"), new("Main CPV", "mainCpv") { Words = CodeWords.Cpv(cpvNames) },
            new("Process", "title", Link: r => Links.Process((string)r[8]!)), new("Social value criteria and weights", "socialValueCriteria"),
            new("Other criteria", "otherCriteria"), new("Community benefits (as published)", "communityBenefits"), new("Where that text is", "communityBenefitsField"),
            new("OCID", "ocid", Link: r => Links.Process((string)r[8]!)) { Identifier = true },
            new("Buyer id", "buyerId", Link: r => r[9] is string b ? Links.Buyer(b) : null) { Identifier = true }], rows, query);
    }

    /// <summary>How a process's awards count in the figures: spend, a framework's or dynamic market's places, or not at all (a duplicate).</summary>
    public static string CountedAs(ProcessView process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.DuplicateOf is not null ? $"not counted: repeats {process.DuplicateOf}"
            : process.SetsCeiling ? (process.Arrangement == Core.Processes.Arrangements.DynamicMarket ? "a place on a dynamic market (not spend)" : "a place on a framework (not spend)")
            : "spend";
    }

    private static string Query(string id) => $"?id={Uri.EscapeDataString(id)}";
}
