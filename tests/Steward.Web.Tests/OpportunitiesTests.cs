using System.Globalization;
using Steward.Data.Portal;

namespace Steward.Web.Tests;

/// <summary>Open opportunities, closing dates and the way from a reserved lot to its eligibility check, on demo data.</summary>
public sealed class OpportunitiesTests(DemoPortal portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task OpenOpportunities_AreThoseWhoseClosingDateIsTodayOrLater_WithTheClosingDateShown()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var home = await Html.PageAsync(_client, "/");
        var link = Html.Links(home, "/search?open=true").Single();

        var page = await Html.PageAsync(_client, link.Replace("&amp;", "&", StringComparison.Ordinal));

        var expected = ProcessSearch.Search(portal.Target, new SearchCriteria { Open = true, Today = today, SuitableForSme = true });
        var all = ProcessSearch.Search(portal.Target, new SearchCriteria { SuitableForSme = true });
        Assert.True(expected.Total < all.Total);
        Assert.Equal(expected.Total?.ToString("N0", CultureInfo.InvariantCulture), page.QuerySelector("[role=status] strong")?.TextContent);
        var closing = page.QuerySelectorAll("#table-search thead th").Select(h => h.TextContent).ToList().IndexOf("Closing date");
        Assert.True(closing >= 0);
        Assert.All(page.QuerySelectorAll("#table-search tbody tr").Where(r => r.QuerySelectorAll("td").Length > closing), r =>
            Assert.True(DateTime.ParseExact(r.QuerySelectorAll("td")[closing].TextContent.Trim(), "d MMMM yyyy", CultureInfo.InvariantCulture) >= today.ToDateTime(TimeOnly.MinValue)));
        Assert.Equal("checked", page.QuerySelector("#open")?.GetAttribute("checked"));
    }

    [Fact]
    public async Task AReservedLotsEligibilityLink_OpensTheCheckWithThatLotChosen_NotOnAnError()
    {
        var reserved = ProcessSearch.Search(portal.Target, new SearchCriteria { Reserved = true, PageSize = 100 }).Hits
            .Select(h => ProcessDetails.Read(portal.Target, h.Ocid)!)
            .First(d => d.Lots.Any(l => Core.Suppliers.Reservations.FromOcds(l.Reserved).Count > 0));
        var process = await Html.PageAsync(_client, $"/processes/{reserved.Ocid}");
        var link = Html.Links(process, "/register/eligibility?")[0];

        var page = await Html.PageAsync(_client, link.Replace("&amp;", "&", StringComparison.Ordinal));

        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Contains(reserved.Ocid, page.QuerySelector("#chosen-lot")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(reserved.Ocid, page.QuerySelector("#ocid")!.GetAttribute("value"));
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#lot")!.GetAttribute("value")));
    }

    [Fact]
    public async Task SocialValuePage_OnDemoData_ListsCriteriaWithTheirWeights()
    {
        var page = await Html.PageAsync(_client, "/social-value");
        var api = await _client.GetStringAsync(new Uri("/api/social-value?cpv=85", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotEmpty(page.QuerySelectorAll("#table-social-value tbody tr"));
        Assert.Contains(page.QuerySelectorAll("#table-social-value tbody td"), c => c.TextContent.Contains('%', StringComparison.Ordinal));
        Assert.Contains("\"rows\":", api, StringComparison.Ordinal);
    }
}
