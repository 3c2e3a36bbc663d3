using System.Net;
using System.Text.Json;
using Steward.Data.Portal;

namespace Steward.Web.Tests;

/// <summary>The JSON API: the same answers as the pages, problem details for errors, and its OpenAPI document.</summary>
public sealed class ApiTests(DemoPortal portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_AnswersTheSameHitsAsTheStore()
    {
        using var json = await Json("/api/search?q=electricity&sort=newest");

        var expected = ProcessSearch.Search(portal.Target, new SearchCriteria { Text = "electricity", Order = SearchOrder.Newest });
        Assert.Equal(expected.Total, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(expected.Hits.Select(h => h.Ocid), json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("ocid").GetString()));
    }

    [Fact]
    public async Task Search_BadFilter_IsAValidationProblemNamingTheField()
    {
        var response = await _client.GetAsync(new Uri("/api/search?minValue=lots&from=yesterday", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var errors = json.RootElement.GetProperty("errors");
        Assert.Contains("\"lots\"", errors.GetProperty("minValue")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("\"yesterday\"", errors.GetProperty("from")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_Unknown_IsANotFoundProblem()
    {
        var response = await _client.GetAsync(new Uri("/api/processes/ocds-none-1", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("ocds-none-1", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_HasItsFactsAndFlags()
    {
        var ocid = ProcessSearch.Search(portal.Target, new SearchCriteria()).Hits[0].Ocid;

        using var json = await Json($"/api/processes/{ocid}");

        Assert.Equal(ocid, json.RootElement.GetProperty("facts").GetProperty("ocid").GetString());
        Assert.Equal(ProcessDetails.Read(portal.Target, ocid)!.Releases.Count, json.RootElement.GetProperty("details").GetProperty("releases").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("flags").ValueKind);
    }

    [Fact]
    public async Task Buyers_AndOneBuyer_AgreeWithEachOther()
    {
        using var all = await Json("/api/buyers");
        var first = all.RootElement.EnumerateArray().First(b => b.GetProperty("organisationId").ValueKind == JsonValueKind.String);
        var id = first.GetProperty("buyerId").GetString()!;

        using var one = await Json($"/api/buyers/{Uri.EscapeDataString(id)}");

        Assert.Equal(first.GetProperty("awardValue").GetDouble(), one.RootElement.GetProperty("figures").GetProperty("awardValue").GetDouble());
        Assert.Equal(first.GetProperty("awards").GetInt32(), one.RootElement.GetProperty("years").EnumerateArray().Sum(y => y.GetProperty("figures").GetProperty("awards").GetInt32()));
    }

    [Theory]
    [InlineData("/api/buyers")]
    [InlineData("/api/suppliers")]
    [InlineData("/api/flags")]
    public async Task Lists_AreSentAPageAtATime_WithANextLinkThatWalksTheWholeList(string path)
    {
        // Arrange
        using var whole = await Json($"{path}?pageSize=10000");
        var total = whole.RootElement.GetArrayLength();

        // Act: follow the next links from a first page of 37.
        var seen = 0;
        var pages = 0;
        string? next = $"{path}?pageSize=37";
        string? count = null;
        while (next is not null && pages < 1000)
        {
            using var response = await _client.GetAsync(new Uri(next, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
            seen += page.RootElement.GetArrayLength();
            count = response.Headers.GetValues("X-Total-Count").Single();
            next = response.Headers.TryGetValues("Link", out var links)
                ? links.SelectMany(l => l.Split(", ")).Where(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal)).Select(l => l[1..l.IndexOf('>', StringComparison.Ordinal)]).SingleOrDefault()
                : null;
            pages++;
        }

        // Assert
        Assert.True(total > 37, $"{path} holds {total}");
        Assert.Equal(total, seen);
        Assert.Equal((total + 36) / 37, pages);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
    }

    [Theory]
    [InlineData("/api/buyers?pageSize=0", "pageSize")]
    [InlineData("/api/buyers?pageSize=10001", "pageSize")]
    [InlineData("/api/markets?page=0", "page")]
    public async Task Lists_APageOutOfRange_IsAProblemNamingTheParameter(string path, string parameter)
    {
        // Act
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Lists_APagePastTheEnd_IsEmpty_WithAPrevLinkToTheLastPage()
    {
        // Act
        var response = await _client.GetAsync(new Uri("/api/buyers?page=99999&pageSize=100&x=1", UriKind.Relative), Cancel);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        // Assert
        Assert.Equal(0, page.RootElement.GetArrayLength());
        var link = response.Headers.GetValues("Link").Single();
        Assert.StartsWith("</api/buyers?x=1&page=", link, StringComparison.Ordinal);
        Assert.EndsWith("&pageSize=100>; rel=\"prev\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var response = await _client.GetAsync(new Uri("/openapi", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/search", "/api/search/ocds", "/api/processes/{ocid}", "/api/processes/{ocid}/ocds", "/api/buyers", "/api/suppliers", "/api/markets", "/api/flags", "/api/indicators", "/api/store", "/tables/{key}.{format}" })
        {
            Assert.Contains(path, paths);
        }

        Assert.Equal("Steward API", json.RootElement.GetProperty("info").GetProperty("title").GetString());
        var buyers = json.RootElement.GetProperty("paths").GetProperty("/api/buyers").GetProperty("get");
        Assert.Contains(buyers.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
        Assert.True(buyers.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _));
    }

    private async Task<JsonDocument> Json(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
    }
}
