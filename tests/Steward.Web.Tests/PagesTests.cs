using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Data.Analytics;
using Steward.Data.Portal;

[assembly: AssemblyFixture(typeof(Steward.Web.Tests.DemoPortal))]

namespace Steward.Web.Tests;

/// <summary>Every page type on a store the portal filled with demo data at its first start.</summary>
public sealed class PagesTests(DemoPortal portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task Home_OnFirstStart_FillsTheEmptyStoreWithDemoDataAndSaysItIsSynthetic()
    {
        var page = await Html.PageAsync(_client, "/");

        var overview = StoreOverview.Read(portal.Target);
        Assert.True(overview.IsSynthetic);
        Assert.Equal(PortalFactory.DemoReleases, overview.Releases);
        Assert.Equal(overview.Processes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Html.Summary(page, "Contracting processes"));
        Assert.Contains("Synthetic data", page.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("See how public money is spent, and by whom", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Search_Words_FindsProcessesWhoseTextHasThem()
    {
        var page = await Html.PageAsync(_client, "/search?q=electricity");

        var titles = page.QuerySelectorAll("#table-search tbody tr td:nth-child(1)").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(titles);
        // Words are stemmed (porter): "electricity" also finds "electrical".
        Assert.All(titles, t => Assert.Contains("electr", t, StringComparison.OrdinalIgnoreCase));
        var total = int.Parse(page.QuerySelector("[role=status] strong")!.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ProcessSearch.Search(portal.Target, new SearchCriteria { Text = "electricity" }).Total, total);
    }

    [Fact]
    public async Task Search_Filters_KeepOnlyMatchingProcesses()
    {
        var page = await Html.PageAsync(_client, "/search?cpv=85&procedure=open&sort=value");

        var rows = page.QuerySelectorAll("#table-search tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("85", r.QuerySelector("td:nth-child(5) .steward-code")!.TextContent.Trim(), StringComparison.Ordinal));
        var names = CpvNames.Read(portal.Target); // the demo's notices describe their codes, as Find a Tender's do
        Assert.All(rows, r => Assert.Equal(names[r.QuerySelector("td:nth-child(5) .steward-code")!.TextContent.Trim()],
            r.QuerySelector("td:nth-child(5)")!.FirstChild!.TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("open", r.QuerySelector("td:nth-child(7) .steward-code")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.StartsWith("Open procedure", r.QuerySelector("td:nth-child(7)")!.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("selected", page.QuerySelector("#procedure option[value=open]")?.GetAttribute("selected"));
    }

    [Fact]
    public async Task Search_SmeAndReservedFilters_AgreeWithTheLotsTable()
    {
        var result = ProcessSearch.Search(portal.Target, new SearchCriteria { Reserved = true, PageSize = 100 });

        Assert.True(result.Total > 0);
        var reserved = result.Hits.Select(h => ProcessDetails.Read(portal.Target, h.Ocid)!).ToList();
        Assert.All(reserved, d => Assert.Contains(d.Lots, l => l.Reserved is not null));
        var sme = ProcessSearch.Search(portal.Target, new SearchCriteria { SuitableForSme = true, PageSize = 100 });
        Assert.All(sme.Hits, h => Assert.Contains(ProcessDetails.Read(portal.Target, h.Ocid)!.Lots, l => l.SuitableForSme == true));
        Assert.True(sme.Total < ProcessSearch.Search(portal.Target, new SearchCriteria()).Total);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b)")]
    [InlineData("care*")]
    [InlineData("title:x OR -y")]
    [InlineData("'; DROP TABLE processes; --")]
    public async Task Search_TextWithQuerySyntax_IsTakenAsWords(string text)
    {
        var (response, page) = await Html.GetAsync(_client, "/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[role=status]"));
        Assert.True(StoreOverview.Read(portal.Target).Processes > 0);
    }

    [Theory]
    [InlineData("minValue=abc", "minValue", "Estimated value from must be a number")]
    [InlineData("from=31/01/2025", "from", "First published from must be a date like 2025-01-31")]
    [InlineData("from=2025-03-01&to=2025-01-01", "to", "First published up to must be the same as or after first published from")]
    [InlineData("minValue=10&maxValue=5", "maxValue", "Estimated value up to must be the same as or more than estimated value from")]
    [InlineData("procedure=secret", "procedure", "procedure must be one of open, selective, limited, direct")]
    public async Task Search_BadFilter_ShowsTheErrorSummaryLinkedToTheField(string query, string field, string message)
    {
        var (response, page) = await Html.GetAsync(_client, "/search?" + query);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var link = page.QuerySelector($".govuk-error-summary a[href='#{field}']");
        Assert.NotNull(link);
        Assert.StartsWith(message, link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#{field}"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_ShowsItsTimelineLotsAwardsAndFlags()
    {
        var flagged = (await portal.Services.GetRequiredService<Analytics.ReportCache>().CurrentAsync()).Flags.Flags.First(f => f.Ocid is not null);
        var page = await Html.PageAsync(_client, $"/processes/{flagged.Ocid}");

        var details = ProcessDetails.Read(portal.Target, flagged.Ocid!)!;
        Assert.Equal(details.Title, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(details.Releases.Count, page.QuerySelectorAll("ol.govuk-list--number li").Length);
        Assert.Contains(page.QuerySelectorAll(".govuk-tag--red"), t => t.TextContent == flagged.Code);
        Assert.Contains(flagged.Reason, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/api/processes/{flagged.Ocid}/ocds", page.QuerySelector("a[download][href$='/ocds']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Process_Unknown_IsAPlainNotFoundPage()
    {
        var (response, page) = await Html.GetAsync(_client, "/processes/ocds-nothing-here");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Buyer_ShowsTheSameFiguresAsTheBuyerReport()
    {
        var report = BuyerReport.Compute(ProcessViewReader.Read(portal.Target, ReportParts.Buyers), ReportWindow.All);
        var buyer = report.Buyers.Where(b => b.OrganisationId is not null).MaxBy(b => b.AwardValue)!;

        var page = await Html.PageAsync(_client, $"/buyer?id={Uri.EscapeDataString(buyer.BuyerId)}");

        Assert.Equal(buyer.BuyerName, page.QuerySelector("h1")?.TextContent);
        Assert.StartsWith(buyer.Processes.ToString(System.Globalization.CultureInfo.InvariantCulture), Html.Summary(page, "Processes"), StringComparison.Ordinal);
        Assert.Equal(Tables.CellFormat.Money(buyer.AwardValue), Html.Summary(page, "Value awarded"));
        Assert.Equal(Tables.CellFormat.Percent(buyer.SmeShare), Html.Summary(page, "Share to SMEs"));
        var years = page.QuerySelectorAll("#table-buyer-years tbody tr").ToList();
        Assert.NotEmpty(years);
        Assert.Equal(buyer.Awards, years.Sum(r => int.Parse(r.QuerySelector("td:nth-child(3)")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        // Every chart has its data table beside it, and a title and description for screen readers.
        foreach (var chart in page.QuerySelectorAll("svg.steward-chart"))
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("title")?.TextContent));
            Assert.NotNull(chart.ParentElement!.QuerySelector("table"));
        }

        Assert.Equal(3, page.QuerySelectorAll("svg.steward-chart").Length);
    }

    [Fact]
    public async Task Figures_OfAStoreImportsKeptUpToDate_AreReadFromTheStore()
    {
        // Arrange: the demo import kept the stored figures (ADR 0015), so the portal reads them instead of computing
        var snapshot = await portal.Services.GetRequiredService<Analytics.ReportCache>().CurrentAsync();
        var buyer = snapshot.Buyers.Buyers.MaxBy(b => b.Processes)!;

        // Act
        var page = await Html.PageAsync(_client, $"/buyer?id={Uri.EscapeDataString(buyer.BuyerId)}");

        // Assert
        Assert.True(snapshot.Stored);
        Assert.NotEmpty(snapshot.Years(buyer.BuyerId));
        Assert.Equal(buyer.BuyerName, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Supplier_ShowsItsAwards()
    {
        var snapshot = await portal.Services.GetRequiredService<Analytics.ReportCache>().CurrentAsync();
        var supplier = snapshot.Suppliers.Range(0, snapshot.Suppliers.Count).MaxBy(s => s.Awards)!;

        var page = await Html.PageAsync(_client, $"/supplier?id={Uri.EscapeDataString(supplier.SupplierId)}");

        Assert.Equal(supplier.Name, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(supplier.Awards, page.QuerySelectorAll("#table-supplier-awards tbody tr").Length);
    }

    [Fact]
    public async Task Market_ShowsItsYearsAndLeaders()
    {
        var snapshot = await portal.Services.GetRequiredService<Analytics.ReportCache>().CurrentAsync();
        var market = snapshot.Markets.Markets.MaxBy(m => m.Value)!;

        var page = await Html.PageAsync(_client, $"/market?cpv={market.Cpv}&region={market.Region}");

        Assert.Contains(Steward.Core.Processes.CpvDivisions.Name(market.Cpv)!, page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"CPV division {market.Cpv}", page.QuerySelector("h1 + .govuk-hint")?.TextContent.Trim());
        Assert.Equal(snapshot.Markets.Markets.Count(m => m.Cpv == market.Cpv && m.Region == market.Region), page.QuerySelectorAll("#table-markets tbody tr").Length);
    }

    [Fact]
    public async Task Flags_ListsEveryIndicatorWithItsCoverage()
    {
        var snapshot = await portal.Services.GetRequiredService<Analytics.ReportCache>().CurrentAsync();

        var page = await Html.PageAsync(_client, "/flags");

        Assert.Equal(snapshot.Flags.Indicators.Count, page.QuerySelectorAll("#table-indicators tbody tr").Length);
        Assert.Equal(Math.Min(Tables.PortalTable.PageRows, snapshot.Flags.Flags.Count), page.QuerySelectorAll("#table-flags tbody tr").Length);
    }

    [Fact]
    public async Task About_ShowsEveryDefinitionFromTheIndicatorsDocument()
    {
        var page = await Html.PageAsync(_client, "/about");

        var markdown = await File.ReadAllTextAsync(Path.Combine(SolutionFolder(), "docs", "indicators.md"), TestContext.Current.CancellationToken);
        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();
        Assert.NotEmpty(headings);
        var shown = page.QuerySelectorAll(".steward-prose h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.All(headings, h => Assert.Contains(h.Replace("`", string.Empty, StringComparison.Ordinal), shown));
        Assert.NotNull(Html.Summary(page, "Processes read"));
    }

    [Theory]
    [InlineData("/buyers", "buyers")]
    [InlineData("/suppliers", "suppliers")]
    [InlineData("/markets", "markets")]
    [InlineData("/flags", "flags")]
    public async Task Lists_AreSentAPageAtATime_UnderThreeHundredKilobytes(string path, string key)
    {
        // Act
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);

        // Assert: at most one page of rows, a pager when there are more, and the whole table still downloadable.
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 300 * 1024, $"{path} is {html.Length / 1024} KB");
        Assert.InRange(page.QuerySelectorAll($"#table-{key} tbody tr").Length, 1, 50);
        Assert.NotNull(page.QuerySelector($"a[href='/tables/{key}.csv']"));
    }

    [Fact]
    public async Task Buyers_FilteredByTypeAndSortedByValue_ShowOnlyThoseInThatOrder()
    {
        // Arrange: a buyer type the demo store has.
        var first = await Html.PageAsync(_client, "/buyers");
        var type = first.QuerySelectorAll("#buyers-buyerTypeName option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        // Act
        var page = await Html.PageAsync(_client, $"/buyers?buyers-buyerTypeName={Uri.EscapeDataString(type)}&buyers-sort=awardValue&buyers-dir=asc");

        // Assert
        var rows = page.QuerySelectorAll("#table-buyers tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(type, r.QuerySelector("td:nth-child(2)")!.TextContent.Trim()));
        var values = rows.Select(r => r.QuerySelector("td:nth-child(6)")!.TextContent.Trim()).Where(v => v.StartsWith('£')).Select(Money).ToList();
        Assert.Equal(values.Order().ToList(), values);
        Assert.Equal("ascending", page.QuerySelector("#table-buyers th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Contains("matching", page.QuerySelector("#count-buyers")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>"£12,345", "£12.5m" or "£1.2bn" as pounds.</summary>
    private static double Money(string text)
    {
        var plain = text.TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal);
        var scale = plain.EndsWith("bn", StringComparison.Ordinal) ? 1e9 : plain.EndsWith('m') ? 1e6 : 1;
        return double.Parse(plain.TrimEnd('b', 'n', 'm'), System.Globalization.CultureInfo.InvariantCulture) * scale;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=care")]
    [InlineData("/buyers")]
    [InlineData("/suppliers")]
    [InlineData("/markets")]
    [InlineData("/flags")]
    [InlineData("/about")]
    public async Task EveryPage_HasOneH1_ATitle_AndNoInlineScriptOrStyle(string path)
    {
        var page = await Html.PageAsync(_client, path);

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.EndsWith("– Steward", page.Title, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    internal static string SolutionFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Steward.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Steward.slnx not found above the test's folder.");
    }
}
