using System.Net;
using System.Text.Json;
using MiniExcelLibs;
using Steward.Data.Portal;

namespace Steward.Web.Tests;

/// <summary>Downloads: every table as CSV and XLSX with the page's rows; processes and searches as OCDS packages.</summary>
public sealed class ExportTests(DemoPortal portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BuyersCsv_HasTheKeysAndOneRowPerBuyer()
    {
        var snapshot = await portal.Services.GetRequiredService<Analytics.ReportCache>().CurrentAsync();

        var response = await _client.GetAsync(new Uri("/tables/buyers.csv", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("buyerName,buyerTypeName,regionName,processes,awards,awardValue,smeShare", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",buyerId,buyerType,region", lines[0], StringComparison.Ordinal);
        Assert.Equal(snapshot.Buyers.Buyers.Count + 1, lines.Length);
    }

    [Fact]
    public async Task SearchXlsx_HoldsTheSameProcessesAsTheSearch()
    {
        var expected = ProcessSearch.Search(portal.Target, new SearchCriteria { Text = "services", PageSize = 100 });
        Assert.True(expected.Total > 100, "the download must hold more than one page of results");

        var response = await _client.GetAsync(new Uri("/tables/search.xlsx?q=services", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(expected.Total, rows.Count);
        Assert.Equal(expected.Hits.Select(h => h.Ocid), rows.Take(100).Select(r => (string)r["ocid"]));
    }

    [Theory]
    [InlineData("/tables/buyers.pdf", HttpStatusCode.BadRequest)]
    [InlineData("/tables/nothing.csv", HttpStatusCode.NotFound)]
    [InlineData("/tables/buyer-years.csv?id=no-such-buyer", HttpStatusCode.NotFound)]
    [InlineData("/tables/search.csv?maxValue=x", HttpStatusCode.BadRequest)]
    public async Task Table_BadRequest_IsAProblem(string path, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProcessOcds_IsARecordPackageWithEveryRelease()
    {
        var ocid = ProcessSearch.Search(portal.Target, new SearchCriteria()).Hits[0].Ocid;

        var response = await _client.GetAsync(new Uri($"/api/processes/{ocid}/ocds", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var record = json.RootElement.GetProperty("records")[0];
        Assert.Equal(ocid, record.GetProperty("ocid").GetString());
        Assert.Equal(ProcessDetails.Read(portal.Target, ocid)!.Releases.Count, record.GetProperty("releases").GetArrayLength());
        Assert.Equal(ocid, record.GetProperty("compiledRelease").GetProperty("ocid").GetString());
        Assert.Equal("1.1", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task SearchOcds_IsAReleasePackageOfEveryMatch()
    {
        var expected = ProcessSearch.Ocids(portal.Target, new SearchCriteria { Text = "electricity" }, 10_000);

        var response = await _client.GetAsync(new Uri("/api/search/ocds?q=electricity", UriKind.Relative), Cancel);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(expected, json.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("ocid").GetString()!).ToList());
    }
}
