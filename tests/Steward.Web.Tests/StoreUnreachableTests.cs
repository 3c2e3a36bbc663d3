using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Steward.Testing;

namespace Steward.Web.Tests;

/// <summary>The portal starts without its database, answers 503 with a plain page, and recovers when the database returns (issue 17).</summary>
public sealed class StoreUnreachableTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_PostgresThatDoesNotAnswer_PagesAndApiAnswer503()
    {
        // Arrange: nothing listens on port 1.
        using var portal = new PortalFactory(TestDatabase.Sqlite(), new()
        {
            ["Steward:Database"] = "Host=127.0.0.1;Port=1;Username=steward;Password=steward;Database=steward;Timeout=2",
            ["Steward:DemoReleases"] = "0",
        });
        var client = portal.CreateClient();

        // Act
        var page = await client.GetAsync(new Uri("/", UriKind.Relative), Cancel);
        var api = await client.GetAsync(new Uri("/api/store", UriKind.Relative), Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sorry, the service is unavailable", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(page.Headers.RetryAfter);
    }

    [Fact]
    public async Task Request_StoreReturns_ThePortalRecoversWithoutARestart()
    {
        // Arrange: an SQLite file in a folder that does not exist yet, and a clock the test moves.
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "later");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        using var portal = new PortalFactory(TestDatabase.Sqlite(), new()
        {
            ["Steward:Database"] = Path.Combine(missing, "steward.db"),
            ["Steward:DemoReleases"] = "0",
        });
        var client = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock))).CreateClient();
        var before = await client.GetAsync(new Uri("/about", UriKind.Relative), Cancel);

        // Act: the database comes back; the next try is due.
        Directory.CreateDirectory(missing);
        clock.Advance(TimeSpan.FromSeconds(6));
        var after = await client.GetAsync(new Uri("/about", UriKind.Relative), Cancel);

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
