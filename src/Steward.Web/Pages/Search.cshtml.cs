using Microsoft.AspNetCore.RateLimiting;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages;

[EnableRateLimiting(PortalServices.RateLimitPolicy)]
public sealed class SearchModel(ReportCache reports, SearchCounts counts, TimeProvider time) : PortalPage(reports)
{
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public SearchResult? Result { get; private set; }

    public PortalTable? Table { get; private set; }

    /// <summary>The filters as a query string ("?q=…"), for pagination and downloads.</summary>
    public string Query { get; private set; } = string.Empty;

    public string Value(string field) => Request.Query[field].ToString();

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        Errors = SearchQuery.Errors(Request.Query);
        Query = SearchQuery.QueryString(Request.Query);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await counts.SearchAsync(SearchQuery.Read(Request.Query, SearchQuery.Today(time)), Snapshot.Version, HttpContext.RequestAborted).ConfigureAwait(false);
        Table = PortalTables.SearchTable(Result.Hits, Query, Snapshot.CpvNames) with { ShowRows = SearchCriteria.MaxPageSize, Browsable = false };
    }

    public string PageLink(int page) => $"/search{(Query.Length == 0 ? "?" : Query + "&")}page={page}";
}
