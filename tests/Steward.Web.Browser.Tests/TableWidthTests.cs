using System.Text.Json;
using Microsoft.Playwright;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// Tables fit the GOV.UK page width (issue 16, item 2): at 1280 px the main list and detail pages never scroll
/// sideways as a whole, and a table wider than its column sits in a box that scrolls sideways itself, so no column is
/// cut off.
/// </summary>
public sealed class TableWidthTests(BrowserPortal portal)
{
    public static TheoryData<string> Pages => new(
        "/buyers",
        "/suppliers",
        "/markets",
        "/flags",
        "/search?q=services",
        "/search?sort=newest",
        "/social-value",
        "/register",
        "buyer",
        "supplier",
        "process",
        "market");

    /// <summary>What the page measures: its own width against the window's, and the tables wider than their column that nothing scrolls.</summary>
    private const string Measure = """
        () => {
            const scrolls = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    const overflow = getComputedStyle(a).overflowX;
                    if (overflow === 'auto' || overflow === 'scroll') return true;
                }
                return false;
            };
            const tables = [...document.querySelectorAll('table')];
            return JSON.stringify({
                page: document.documentElement.scrollWidth,
                window: window.innerWidth,
                tables: tables.length,
                wide: tables.filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1).length,
                clipped: tables.filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1 && !scrolls(t))
                    .map(t => t.id || t.querySelector('caption')?.textContent.trim() || 'a table'),
            });
        }
        """;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_At1280Pixels_DoesNotScrollSideways_AndNoTableIsClipped(string path)
    {
        // Arrange
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        var address = await Resolve(page, path);

        // Act
        await page.GotoAsync(address);
        var measured = JsonSerializer.Deserialize<Measured>(await page.EvaluateAsync<string>(Measure), JsonSerializerOptions.Web)!;

        // Assert
        Assert.True(measured.Tables > 0, $"{address} shows no table");
        Assert.True(measured.Page <= measured.Window, $"{address} is {measured.Page} px wide in a {measured.Window} px window ({measured.Wide} of {measured.Tables} tables wider than their column)");
        Assert.True(measured.Clipped.Length == 0, $"{address}: {string.Join(", ", measured.Clipped)} wider than its column with nothing to scroll it");
    }

    [Fact]
    public async Task BuyersList_IsWiderThanThePage_AndScrollsInItsOwnBox()
    {
        // Arrange: the buyers list has 16 columns, more than 960 px hold.
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);

        // Act
        await page.GotoAsync("/buyers");
        var box = page.Locator(".steward-table-wrapper:has(#table-buyers)");
        var scroll = await box.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        var overflow = await box.EvaluateAsync<string>("e => getComputedStyle(e).overflowX");

        // Assert
        Assert.True(scroll[0] > scroll[1], $"the buyers table ({scroll[0]} px) fits its box ({scroll[1]} px): this test no longer checks a wide table");
        Assert.Equal("auto", overflow);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /// <summary>Pages whose address depends on the data: the first one linked from the list of them.</summary>
    private static async Task<string> Resolve(IPage page, string path)
    {
        var (list, link) = path switch
        {
            "process" => ("/search?sort=newest", "#table-search a[href^='/processes/']"),
            "buyer" => ("/buyers", "#table-buyers a[href^='/buyer?id=']"),
            "supplier" => ("/suppliers", "#table-suppliers a[href^='/supplier?id=']"),
            "market" => ("/markets", "#table-markets a[href^='/market?cpv=']"),
            _ => (null, null),
        };
        if (list is null)
        {
            return path;
        }

        await page.GotoAsync(list);
        return (await page.Locator(link!).First.GetAttributeAsync("href"))!;
    }

    /// <summary>What <see cref="Measure"/> returns.</summary>
    private sealed record Measured(int Page, int Window, int Tables, int Wide, string[] Clipped);
}
