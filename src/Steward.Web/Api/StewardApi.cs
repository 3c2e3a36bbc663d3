using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Exports;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Api;

/// <summary>
/// The JSON API (conventions C7), documented at /openapi: the same figures as the pages, from the same code.
/// Errors are RFC 7807 problem details; every endpoint is rate-limited per client.
/// </summary>
public static class StewardApi
{
    public static IEndpointRouteBuilder MapStewardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(PortalServices.RateLimitPolicy).WithTags("Steward").AllowAnonymous().AnswerHead();
        api.MapGet("/store", Store).WithSummary("What the store holds: counts, dates covered, whether it is synthetic");
        api.MapGet("/search", Search).WithSummary("Full-text search over processes and notices, with filters (the search page's query string)");
        api.MapGet("/search/ocds", SearchOcds).WithSummary("The matching processes' compiled releases as an OCDS release package");
        api.MapGet("/processes/{ocid}", Process).WithSummary("One process: its facts, releases, notices, lots, awards and red flags");
        api.MapGet("/processes/{ocid}/ocds", ProcessOcds).WithSummary("One process as an OCDS record package (releases and compiled release)");
        api.MapGet("/buyers", Buyers).Paged().WithSummary("Every buyer's benchmark figures with peer percentiles (as steward report buyers), a page at a time");
        api.MapGet("/buyers/{**id}", Buyer).WithSummary("One buyer: figures, peers, year-by-year figures, markets and red flags");
        api.MapGet("/suppliers", Suppliers).Paged().WithSummary("Every supplier's awards, value and market shares (as steward report suppliers), a page at a time");
        api.MapGet("/suppliers/{**id}", Supplier).WithSummary("One supplier: its organisation, figures and awards");
        api.MapGet("/social-value", SocialValue).WithSummary("Social value in peers' tenders: criteria, weights and community-benefit text by buyer, CPV and year (the social value page's query string)");
        api.MapGet("/markets", Markets).Paged().WithSummary("Markets: CPV division × region × year, with concentration, entries and exits, a page at a time");
        api.MapGet("/flags", Flags).Paged().WithSummary("Red flags with their reasons, optionally for one indicator code or one buyer, a page at a time");
        api.MapGet("/indicators", Indicators).WithSummary("Each red-flag indicator: processes eligible, with data and flagged, and its fence");
        app.MapGet("/tables/{key}.{format}", Table).RequireRateLimiting(PortalServices.RateLimitPolicy).WithTags("Downloads").AllowAnonymous().AnswerHead()
            .WithSummary("Any table the pages show, as CSV or XLSX (the page's query string selects it)");
        return app;
    }

    /// <summary>From the current figures' overview: no counting over the store per request.</summary>
    public static async Task<Ok<StoreResponse>> Store(ReportCache reports) =>
        TypedResults.Ok(StoreResponse.From((await reports.CurrentAsync().ConfigureAwait(false)).Overview));

    public static async Task<Results<Ok<SearchResult>, ValidationProblem>> Search(HttpRequest request, SearchCounts counts, ReportCache reports, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(counts);
        if (Invalid(request) is { } problem)
        {
            return problem;
        }

        var snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        return TypedResults.Ok(await counts.SearchAsync(SearchQuery.Read(request.Query, SearchQuery.Today(time)), snapshot.Version, request.HttpContext.RequestAborted).ConfigureAwait(false));
    }

    /// <summary>Streamed as it is read from the store: the whole export is never held in memory.</summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> SearchOcds(HttpContext context, PortalStore store, IOptions<PortalOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (Invalid(context.Request) is { } problem)
        {
            return problem;
        }

        var ocids = await ProcessSearch.OcidsAsync(store.Target, SearchQuery.Read(context.Request.Query, SearchQuery.Today(time)), options.Value.MaxExportRows,
            context.RequestAborted).ConfigureAwait(false);
        var uri = PublicAddress.Of(options.Value, context.Request);
        return Streamed(body => OcdsPackages.WriteReleasePackageAsync(store.Target, ocids, uri, time.GetUtcNow(), body, context.RequestAborted),
            "steward-search-release-package.json");
    }

    public static async Task<Results<Ok<ProcessResponse>, ProblemHttpResult>> Process(string ocid, PortalStore store, ReportCache reports)
    {
        if (await ProcessDetails.ReadPageAsync(store.Target, ocid).ConfigureAwait(false) is not var (details, view))
        {
            return NotFound($"No process with the OCID \"{ocid}\" is in the store.");
        }

        var snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        return TypedResults.Ok(new ProcessResponse(details, view, snapshot.FlagsByOcid[ocid].ToList()));
    }

    /// <summary>Streamed as it is read from the store, a release at a time.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ProcessOcds(string ocid, HttpContext context, PortalStore store, IOptions<PortalOptions> options,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!await OcdsPackages.ExistsAsync(store.Target, ocid, context.RequestAborted).ConfigureAwait(false))
        {
            return NotFound($"No process with the OCID \"{ocid}\" is in the store.");
        }

        var uri = PublicAddress.Of(options.Value, context.Request);
        return Streamed(body => OcdsPackages.WriteRecordPackageAsync(store.Target, ocid, uri, time.GetUtcNow(), body, context.RequestAborted),
            $"{FileName(ocid)}.record-package.json");
    }

    public static async Task<Results<Ok<IReadOnlyList<BuyerFigures>>, ValidationProblem>> Buyers(int? page, int? pageSize, ReportCache reports, HttpContext http) =>
        ApiPaging.Page((await reports.CurrentAsync().ConfigureAwait(false)).Buyers.Buyers, page, pageSize, http);

    public static async Task<Results<Ok<BuyerResponse>, RedirectHttpResult, ProblemHttpResult>> Buyer(string id, ReportCache reports, PortalStore store)
    {
        var snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        if (!snapshot.BuyersById.TryGetValue(id, out var figures))
        {
            // An old id (merged, given by an older Steward, or a publisher's party id): on to the one buyer it means now.
            var meant = Steward.Data.Organisations.OrganisationLookup.Find(store.Target, id).Organisations.Where(snapshot.BuyersById.ContainsKey).ToList();
            return meant.Count == 1
                ? TypedResults.Redirect($"/api/buyers/{Uri.EscapeDataString(meant[0])}", permanent: true)
                : NotFound(meant.Count > 1
                    ? $"The id \"{id}\" was published for {meant.Count} different buyers: {string.Join(", ", meant)}."
                    : $"No buyer with the id \"{id}\" is in the store.");
        }

        return TypedResults.Ok(new BuyerResponse(figures, snapshot.Years(id), snapshot.BuyerMarkets(id), snapshot.FlagsByBuyer[id].ToList()));
    }

    public static async Task<Results<Ok<IReadOnlyList<SupplierFigures>>, ValidationProblem>> Suppliers(int? page, int? pageSize, ReportCache reports, HttpContext http)
    {
        var suppliers = (await reports.CurrentAsync().ConfigureAwait(false)).Suppliers;
        return ApiPaging.Page(() => suppliers.Count, suppliers.Range, page, pageSize, http);
    }

    public static async Task<Results<Ok<SupplierResponse>, RedirectHttpResult, ProblemHttpResult>> Supplier(string id, PortalStore store, ReportCache reports)
    {
        if (OrganisationDetails.Read(store.Target, id) is not { } organisation)
        {
            var meant = Steward.Data.Organisations.OrganisationLookup.Find(store.Target, id).Organisations;
            return meant.Count == 1
                ? TypedResults.Redirect($"/api/suppliers/{Uri.EscapeDataString(meant[0])}", permanent: true)
                : NotFound(meant.Count > 1
                    ? $"The id \"{id}\" was published for {meant.Count} different organisations: {string.Join(", ", meant)}."
                    : $"No organisation with the id \"{id}\" is in the store.");
        }

        var snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        return TypedResults.Ok(new SupplierResponse(organisation, snapshot.Suppliers.Find(id), snapshot.FlagsByOrganisation[id].ToList()));
    }

    public static Results<Ok<SocialValuePage>, ValidationProblem> SocialValue(HttpRequest request, PortalStore store)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = SocialValueQueryString.Errors(request.Query);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        return TypedResults.Ok(SocialValueSearch.Search(store.Target, SocialValueQueryString.Read(request.Query)));
    }

    public static async Task<Results<Ok<IReadOnlyList<MarketFigures>>, ValidationProblem>> Markets(string? cpv, string? region, int? page, int? pageSize, ReportCache reports, HttpContext http)
    {
        var snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        return ApiPaging.Page<MarketFigures>(snapshot.Markets.Markets
            .Where(m => (string.IsNullOrWhiteSpace(cpv) || m.Cpv == cpv) && (string.IsNullOrWhiteSpace(region) || m.Region == region)).ToList(), page, pageSize, http);
    }

    public static async Task<Results<Ok<IReadOnlyList<RedFlag>>, ValidationProblem>> Flags(string? code, string? buyer, int? page, int? pageSize, ReportCache reports, HttpContext http)
    {
        var snapshot = await reports.CurrentAsync().ConfigureAwait(false);
        IEnumerable<RedFlag> flags = buyer is null ? snapshot.Flags.Flags : snapshot.FlagsByBuyer[buyer];
        return ApiPaging.Page<RedFlag>(flags.Where(f => code is null || string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)).ToList(), page, pageSize, http);
    }

    public static async Task<Ok<IReadOnlyList<IndicatorSummary>>> Indicators(ReportCache reports) =>
        TypedResults.Ok((await reports.CurrentAsync().ConfigureAwait(false)).Flags.Indicators);

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult, ValidationProblem>> Table(string key, string format, HttpRequest request, PortalTables tables)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tables);
        if (format is not ("csv" or "xlsx"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"The format must be csv or xlsx (not \"{format}\")."] });
        }

        if (key == "search" && Invalid(request) is { } problem)
        {
            return problem;
        }

        if (await tables.BuildAsync(key, request.Query).ConfigureAwait(false) is not { } table)
        {
            return NotFound(PortalTables.Keys.Contains(key) ? $"The table \"{key}\" has nothing for this id." : $"There is no table called \"{key}\".");
        }

        var buffer = new MemoryStream();
        if (format == "csv")
        {
            TableExport.WriteCsv(table.ToReportTable(), buffer);
        }
        else
        {
            TableExport.WriteXlsx([table.ToReportTable()], buffer);
        }

        buffer.Position = 0;
        return TypedResults.File(buffer, format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"steward-{key}.{format}");
    }

    private static ValidationProblem? Invalid(HttpRequest request)
    {
        var errors = SearchQuery.Errors(request.Query);
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>
    /// A JSON download written straight to the response by the store's (synchronous) readers: synchronous writes are
    /// allowed for this response only, and the writer flushes as it goes.
    /// </summary>
    private static PushStreamHttpResult Streamed(Func<Stream, Task> write, string fileName) => TypedResults.Stream(write, "application/json", fileName);

    private static string FileName(string ocid) => string.Concat(ocid.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
