using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Steward.Data;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Web.Tests;

/// <summary>
/// Safety: security headers, published text encoded, officials' personal data never shown or exported, rate
/// limits, plain error pages, and data-protection keys shared through the store.
/// </summary>
public sealed class SafetyTests
{
    private const string Ocid = "ocds-test00-hostile-1";
    private const string Title = "<script>alert('x')</script> Café & \"quotes\" <img src=x onerror=alert(1)>";
    private const string OfficialName = "Janet Officialperson";
    private const string OfficialEmail = "janet.officialperson@council.example";
    private const string OfficialPhone = "01632 960123";

    private static readonly string Release = $$$"""
        {"ocid":"{{{Ocid}}}","id":"{{{Ocid}}}-1","date":"2025-02-03T10:00:00Z","tag":["tender"],"initiationType":"tender","language":"en",
         "buyer":{"id":"GB-COH-00000001","name":"Test Council <b>bold</b>"},
         "parties":[{"id":"GB-COH-00000001","name":"Test Council <b>bold</b>","roles":["buyer"],
                     "identifier":{"scheme":"GB-COH","id":"00000001"},
                     "contactPoint":{"name":"{{{OfficialName}}}","email":"{{{OfficialEmail}}}","telephone":"{{{OfficialPhone}}}"}},
                    {"id":"GB-COH-00000002","name":"Supplier Ltd","roles":["supplier"],"identifier":{"scheme":"GB-COH","id":"00000002"},
                     "contactPoint":{"name":"{{{OfficialName}}}","email":"{{{OfficialEmail}}}"}}],
         "tender":{"id":"t1","title":{{{System.Text.Json.JsonSerializer.Serialize(Title)}}},
                   "description":"Line one <a href=\"javascript:alert(1)\">click</a>\nSecond line",
                   "status":"active","procurementMethod":"open","value":{"amount":120000,"currency":"GBP"},
                   "tenderPeriod":{"startDate":"2025-02-03T10:00:00Z","endDate":"2025-03-03T10:00:00Z"}},
         "awards":[{"id":"a1","status":"active","date":"2025-04-01T00:00:00Z","value":{"amount":110000,"currency":"GBP"},
                    "suppliers":[{"id":"GB-COH-00000002","name":"Supplier Ltd"}]}]}
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishedText_IsEncoded_AndOfficialsDetailsAreNeverShownOrExported()
    {
        using var portal = HostilePortal();
        var client = portal.CreateClient();

        var page = await Html.PageAsync(client, $"/processes/{Ocid}");

        Assert.Equal(Title, page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main img, main b"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<a href=\"javascript:alert(1)\">click</a>", page.QuerySelector(".steward-description")?.TextContent, StringComparison.Ordinal);
        foreach (var path in new[] { $"/processes/{Ocid}", $"/api/processes/{Ocid}", $"/api/processes/{Ocid}/ocds", "/api/search/ocds?q=quotes",
                     $"/tables/process-awards.csv?id={Ocid}", "/tables/search.xlsx?q=quotes", "/search?q=quotes", "/buyers", "/suppliers" })
        {
            var text = await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.DoesNotContain(OfficialName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(OfficialPhone, text, StringComparison.Ordinal);
            Assert.DoesNotContain(OfficialEmail, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders_AndHstsOverHttps()
    {
        using var portal = HostilePortal();
        var client = portal.CreateClient(new() { BaseAddress = new Uri("https://steward.example") });

        foreach (var path in new[] { "/", "/api/store", "/processes/nothing" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TooManyRequests_AreRefusedWithAProblemAndRetryAfter()
    {
        using var portal = HostilePortal(new() { ["Steward:RequestsPerMinute"] = "3" });
        var client = portal.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/store", UriKind.Relative), Cancel)).StatusCode);
        }

        var refused = await client.GetAsync(new Uri("/api/search?q=x", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/about", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task AFailure_ShowsAPlainErrorPage_WithoutAStackTrace()
    {
        using var portal = HostilePortal();
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/processes/{Ocid}", UriKind.Relative), Cancel)).StatusCode);
        using (var context = StewardDatabase.CreateContext(portal.Target))
        {
            context.Database.OpenConnection();
            using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = OFF; DROP TABLE lots;";
            command.ExecuteNonQuery();
        }

        var (response, page) = await Html.GetAsync(client, $"/processes/{Ocid}");
        var api = await client.GetAsync(new Uri($"/api/processes/{Ocid}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Exception", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("lots", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        var body = await api.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedRequests_AreRefusedByTheServer()
    {
        using var portal = HostilePortal();
        using var client = new HttpClient { BaseAddress = Listen(portal) };

        var longUrl = await client.GetAsync(new Uri("/search?q=" + new string('a', 9000), UriKind.Relative), Cancel);
        using var bigHeaders = new HttpRequestMessage(HttpMethod.Get, "/");
        bigHeaders.Headers.Add("X-Padding", new string('b', 40 * 1024));
        var headers = await client.SendAsync(bigHeaders, Cancel);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, headers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/search?q=" + new string('a', 300), UriKind.Relative), Cancel)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoWebProcesses_OnOneStore_ShareKeysAndServeTheSameFigures(string provider)
    {
        var database = TestDatabase.Create(provider);
        using var first = new PortalFactory(database, new() { ["Steward:DemoReleases"] = "600" });
        using var firstClient = new HttpClient { BaseAddress = Listen(first) };
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("steward-test").Protect("shared secret");
        var buyers = await firstClient.GetStringAsync(new Uri("/api/buyers", UriKind.Relative), Cancel);

        using var second = new PortalFactory(NotOwned(database), new() { ["Steward:DemoReleases"] = "600" });
        using var secondClient = new HttpClient { BaseAddress = Listen(second) };

        Assert.NotEqual(firstClient.BaseAddress!.Port, secondClient.BaseAddress!.Port);
        Assert.Equal("shared secret", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("steward-test").Unprotect(protectedText));
        Assert.Equal(buyers, await secondClient.GetStringAsync(new Uri("/api/buyers", UriKind.Relative), Cancel));
        var ocid = Steward.Data.Portal.ProcessSearch.Search(database.Target, new()).Hits[0].Ocid;
        Assert.Equal(await firstClient.GetStringAsync(new Uri($"/api/processes/{ocid}", UriKind.Relative), Cancel),
            await secondClient.GetStringAsync(new Uri($"/api/processes/{ocid}", UriKind.Relative), Cancel));
        Assert.Equal(600, Steward.Data.Portal.StoreOverview.Read(database.Target).Releases);
    }

    /// <summary>Starts the portal on a real Kestrel server on a free loopback port; its address.</summary>
    private static Uri Listen(PortalFactory portal)
    {
        portal.UseKestrel(0);
        portal.StartServer();
        var addresses = portal.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    private static TestDatabase NotOwned(TestDatabase database) => TestDatabase.Borrow(database);

    private static PortalFactory HostilePortal(Dictionary<string, string?>? settings = null)
    {
        var database = TestDatabase.Sqlite();
        using var folder = new TempFolder();
        var file = folder.File("hostile.json");
        File.WriteAllText(file, Release);
        using (var importer = StewardImporter.Open(database.Target, TimeProvider.System))
        {
            importer.Import(file);
        }

        var all = new Dictionary<string, string?>(settings ?? [], StringComparer.Ordinal) { ["Steward:DemoReleases"] = "0" };
        return new PortalFactory(database, all);
    }
}
