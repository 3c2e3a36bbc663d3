using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Steward.Web.Browser.Tests.BrowserPortal))]

namespace Steward.Web.Browser.Tests;

/// <summary>What a journalist or commissioner does: search, open a process, go to its buyer, download a table.</summary>
public sealed class JourneyTests(BrowserPortal portal)
{
    [Fact]
    public async Task SearchThenProcessThenBuyerThenExport()
    {
        var page = await portal.NewPageAsync();
        var problems = Watch(page);

        await page.GotoAsync("/");
        await page.GetByLabel("Search notices and contracts").FillAsync("electricity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=electricity");
        var status = await page.GetByRole(AriaRole.Status).TextContentAsync();
        Assert.Matches(@"^\d[\d,]* process(es)? match", status!.Trim());

        var first = page.Locator("#table-search tbody tr").First.Locator("td:nth-child(1) a");
        var title = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await page.WaitForURLAsync("**/processes/**");
        Assert.Equal(title, (await page.Locator("h1").TextContentAsync())!.Trim());

        var buyerLink = page.Locator(".govuk-summary-list__row", new() { HasText = "Buyer" }).Locator("a");
        var buyer = (await buyerLink.TextContentAsync())!.Trim();
        await buyerLink.ClickAsync();
        await page.WaitForURLAsync("**/buyer?id=**");
        Assert.Equal(buyer, (await page.Locator("h1").TextContentAsync())!.Trim());
        // Years and markets always; peers when at least 5 buyers of its type have enough processes, else the page says so.
        Assert.Equal(1, await page.Locator("svg.steward-chart:has(#years-chart-title)").CountAsync());
        Assert.Equal(1, await page.Locator("svg.steward-chart:has(#markets-chart-title)").CountAsync());
        Assert.Equal(await page.Locator("svg.steward-chart:has(#peers-chart-title)").CountAsync() == 0,
            await page.GetByText("Not compared: fewer than 5 buyers of its type have enough processes to compare with.").CountAsync() == 1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href^='/tables/buyer-years.csv']").ClickAsync());
        var file = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("year,processes,awards,awardValue,smeShare,vcseShare,directAwardShare,medianDaysToAward", lines[0]);
        Assert.Equal(await page.Locator("#table-buyer-years tbody tr").CountAsync(), lines.Length - 1);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Process_DownloadsAsAnOcdsRecordPackage()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/search?sort=newest");
        await page.Locator("#table-search tbody tr").First.Locator("td:nth-child(1) a").ClickAsync();
        var ocid = page.Url.Split("/processes/")[1];

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download this process as OCDS").ClickAsync());

        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        Assert.Equal(ocid, json.RootElement.GetProperty("records")[0].GetProperty("ocid").GetString());
    }

    [Fact]
    public async Task Search_WithABadDate_ShowsTheErrorSummaryAndFocusesIt()
    {
        var page = await portal.NewPageAsync();
        var problems = Watch(page);
        await page.GotoAsync("/search");

        await page.Locator("#from").FillAsync("31/01/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        // GOV.UK Frontend's JavaScript (started by our module script under the CSP) moves focus to the summary.
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await page.Locator(".govuk-error-summary a[href='#from']").ClickAsync();
        await Assertions.Expect(page.Locator("#from")).ToBeFocusedAsync();
        Assert.Empty(problems);
    }

    /// <summary>Waits until the page is at <paramref name="path"/>; if it never gets there, says where it is and what it shows.</summary>
    internal static async Task ArriveAsync(IPage page, string path)
    {
        var stage = "url";
        try
        {
            // The address is polled rather than waited for as a navigation: when the click's navigation (or a post and
            // its redirect) has already committed before the wait begins, Playwright's WaitForURL waited out its whole
            // timeout on a page already at the address (seen once under a full test run's load).
            for (var tries = 0; new Uri(page.Url).AbsolutePath != path; tries++)
            {
                if (tries == 1_200)
                {
                    throw new TimeoutException($"not at {path} after 1,200 looks 50 ms apart");
                }

                await Task.Delay(50);
            }

            stage = "load";
            try
            {
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                // Seen once under a full test run's load: the page at the address, its content shown, and the wait for
                // its DOMContentLoaded never answered. The heading below is what decides whether the page is there.
            }

            stage = "heading";
            await page.Locator("h1").First.WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var heading = await page.Locator("h1").First.TextContentAsync(new() { Timeout = 1000 }).ConfigureAwait(false);
            var body = (await page.Locator("main").First.TextContentAsync(new() { Timeout = 1000 }).ConfigureAwait(false) ?? string.Empty).Trim();
            var summary = await page.Locator(".govuk-error-summary").CountAsync().ConfigureAwait(false) > 0
                ? (await page.Locator(".govuk-error-summary").First.TextContentAsync(new() { Timeout = 1000 }).ConfigureAwait(false))?.Trim()
                : null;
            Assert.Fail($"expected {path} (waiting for the {stage}), but the page is {page.Url}: \"{heading?.Trim()}\" {summary ?? body[..Math.Min(300, body.Length)]}");
        }
    }

    /// <summary>
    /// Waits until the page has left an address holding <paramref name="fragment"/> (a form that redirects elsewhere), by
    /// polling the address as <see cref="ArriveAsync"/> does: Playwright's WaitForURL, which also waits for the next
    /// page's load event, waited out its whole timeout once under a full test run's load though the page was there.
    /// </summary>
    internal static async Task LeaveAsync(IPage page, string fragment)
    {
        for (var tries = 0; page.Url.Contains(fragment, StringComparison.Ordinal); tries++)
        {
            if (tries == 1_200)
            {
                Assert.Fail($"still at {page.Url} after 1,200 looks 50 ms apart");
            }

            await Task.Delay(50);
        }

        try
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // As in ArriveAsync: what the caller looks for next decides whether the page is there.
        }
    }

    /// <summary>
    /// Script errors, CSP violations and failed sub-resources (CSS, fonts, scripts, images) collected while the test
    /// runs. A page answered with 400 on purpose (a form with errors) is not a failed sub-resource.
    /// </summary>
    internal static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                problems.Add($"{response.Status}: {response.Url}");
            }
        };
        return problems;
    }
}
