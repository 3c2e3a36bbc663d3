using System.Net;
using Steward.Data.Portal;

namespace Steward.Web.Tests;

/// <summary>The pages a new user sees after importing all of ../shared/data/ocds: each defect of the issue that made figures untrue.</summary>
public sealed class RealDataPagesTests(SharedDataPortal portal) : IClassFixture<SharedDataPortal>
{
    [Fact]
    public async Task EveryBuyerAndSupplierLink_OnSearchListAndRegisterPages_Opens()
    {
        var client = portal.Client();
        var links = new HashSet<string>(StringComparer.Ordinal);
        var listPages = Enumerable.Range(1, 4).SelectMany(n => new[] { $"/buyers?buyers-page={n}", $"/suppliers?suppliers-page={n}" });
        foreach (var page in listPages.Concat(["/search?publishers=all&sort=newest", "/search?q=council", "/search?region=UKI", "/register", "/social-value", "/flags"]))
        {
            var document = await Html.PageAsync(client, page);
            links.UnionWith(Html.Links(document, "/buyer?").Concat(Html.Links(document, "/supplier?")));
        }

        Assert.True(links.Count > 300, $"{links.Count} links");
        foreach (var link in links)
        {
            var response = await client.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ABuyerIdFivePublishersUsed_ListsTheFiveBuyers_AndAPartyNumberOfOneBuyerRedirects()
    {
        var several = await Html.PageAsync(portal.Client(), "/buyer?id=1");
        var (redirect, _) = await Html.GetAsync(portal.Client(redirects: false), "/buyer?id=GB-CFS-18525");

        Assert.StartsWith("Several buyers were published as", several.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var names = several.QuerySelectorAll("main li a").Select(a => a.TextContent).ToList();
        Assert.Contains("Thanet District Council", names);
        Assert.Contains("Connexus Homes Limited", names);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/buyer?id=name%3Alondon%20borough%20of%20merton", redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CriterionWeightsPublishedAsText_AreShownOnTheProcessPage()
    {
        var page = await Html.PageAsync(portal.Client(), "/processes/ocds-r6ebe6-0000548866");

        var weights = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Criteria and weights", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr td:nth-child(4)").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["70% (read from its text)", "30% (read from its text)"], weights);
        Assert.NotNull(page.QuerySelectorAll("h2").SingleOrDefault(h => h.TextContent == "Community benefits and social value"));
        Assert.NotNull(page.QuerySelectorAll("h2").SingleOrDefault(h => h.TextContent == "Further information"));
    }

    [Fact]
    public async Task TheCambridgeshireDps_IsADynamicMarketCountedOnce_ItsCeilingApartFromSpend()
    {
        var copy = await Html.PageAsync(portal.Client(), "/processes/ocds-b5fd17raw-57d308c3-b529-460f-a359-8792732ae3a4");
        var buyer = await Html.PageAsync(portal.Client(), "/buyer?id=" + Uri.EscapeDataString("name:cambridgeshire county council"));

        Assert.Contains("repeats", copy.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Sets up a dynamic market", Html.Summary(copy, "Arrangement"), StringComparison.Ordinal);
        Assert.Equal("£14.4m", Html.Summary(buyer, "Value awarded"));
        Assert.Contains("ceilings £470.2m", Html.Summary(buyer, "Frameworks and dynamic markets it set up"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regions_AreShownWithWhereTheyCameFrom()
    {
        var merton = ProcessSearch.Search(portal.Factory.Target, new SearchCriteria { Buyer = "name:london borough of merton" }).Hits[0];
        var page = await Html.PageAsync(portal.Client(), $"/processes/{merton.Ocid}");

        Assert.Contains("London (UKI), from the buyer's postcode (SM4)", Html.Summary(page, "Regions"), StringComparison.Ordinal);
        var found = await Html.PageAsync(portal.Client(), "/search?region=UKI&publishers=all");
        Assert.Contains(Html.Links(found, "/processes/"), l => l.EndsWith(merton.Ocid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishersOutsideTheUk_AreNamedOnTheAboutPage_AndUnknownValuesAreNeverZero()
    {
        var about = await Html.PageAsync(portal.Client(), "/about");
        var buyers = await Html.PageAsync(portal.Client(), "/buyers");

        var row = about.QuerySelectorAll("#publishers ~ table tbody tr").Single(r => r.TextContent.Contains("NSW eTendering (Australia)", StringComparison.Ordinal));
        Assert.Contains("No: published outside the UK", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(buyers.QuerySelectorAll("#table-buyers td"), c => c.TextContent.Trim() == "£0");
        Assert.DoesNotContain(buyers.QuerySelectorAll("#table-buyers td"), c => c.TextContent.Contains("&amp;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SocialValueInPeersTenders_ListsCriteriaWeightsAndCommunityBenefits_Searchably()
    {
        var page = await Html.PageAsync(portal.Client(), "/social-value?q=apprenticeship");
        var (bad, badPage) = await Html.GetAsync(portal.Client(), "/social-value?year=last");

        var rows = page.QuerySelectorAll("#table-social-value tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("apprenticeship", r.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("Year must be a year like 2025", badPage.QuerySelector(".govuk-error-summary a[href='#year']")!.TextContent, StringComparison.Ordinal);
        var csv = await portal.Client().GetStringAsync(new Uri("/tables/social-value.csv?q=apprenticeship", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.StartsWith("buyerName,year,mainCpv,mainCpvInWords,title,socialValueCriteria,otherCriteria,communityBenefits", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Descriptions_AreSearchable_AndInTheSearchDownload_ButNotCrowdingThePage()
    {
        // Public Contracts Scotland writes community benefits only in the release's own description.
        var page = await Html.PageAsync(portal.Client(), "/search?q=PQQ%20exercise&publishers=all");
        var csv = await portal.Client().GetStringAsync(new Uri("/tables/search.csv?q=PQQ%20exercise", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(Html.Links(page, "/processes/"), l => l.EndsWith("ocds-r6ebe6-0000548866", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("#table-search thead th"), h => h.TextContent == "Further information");
        Assert.EndsWith(",ocid,buyerId,description,releaseDescription", csv.Split("\r\n")[0], StringComparison.Ordinal);
        Assert.Contains("community benefits", csv, StringComparison.OrdinalIgnoreCase);
    }
}
