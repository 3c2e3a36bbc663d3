using Microsoft.AspNetCore.RateLimiting;
using Steward.Data.Portal;
using Steward.Web.Analytics;
using Steward.Web.Hosting;
using Steward.Web.Tables;

namespace Steward.Web.Pages;

/// <summary>
/// Social value in peers' tenders: what other buyers asked for and how they weighted it, so a commissioner designing
/// a tender can learn from them. Open to everyone, like every public page.
/// </summary>
[EnableRateLimiting(PortalServices.RateLimitPolicy)]
public sealed class SocialValueModel(ReportCache reports, PortalStore store) : PortalPage(reports)
{
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public SocialValuePage? Result { get; private set; }

    public PortalTable? Table { get; private set; }

    public string Query { get; private set; } = string.Empty;

    public string Value(string field) => Request.Query[field].ToString();

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public async Task OnGetAsync()
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        Errors = SocialValueQueryString.Errors(Request.Query);
        Query = SocialValueQueryString.QueryString(Request.Query);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = SocialValueSearch.Search(store.Target, SocialValueQueryString.Read(Request.Query));
        Table = PortalTables.SocialValue(Result, Query, Snapshot.CpvNames);
    }

    public string PageLink(int page) => $"/social-value{(Query.Length == 0 ? "?" : Query + "&")}page={page}";
}
