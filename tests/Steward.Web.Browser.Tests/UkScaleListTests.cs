using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Web.Analytics;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// The buyers list at UK scale in Chromium (issue 16): 20,000 buyers are sent a page at a time; typing part of a
/// buyer's name narrows the list as you type, without pressing a button, and the buyer opens from it. Its portal
/// imports 70,000 releases as it starts, so it runs alone, after the other browser tests, never slowing them past
/// their timeouts.
/// </summary>
[Collection(nameof(UkScaleListTests))]
public sealed class UkScaleListTests(UkScaleBrowserPortal portal) : IClassFixture<UkScaleBrowserPortal>
{
    [Fact]
    public async Task TwentyThousandBuyers_FindOneByTypingPartOfItsName_AndOpenIt()
    {
        // Arrange: one buyer among 20,000, found by the number in its name.
        var snapshot = await portal.Services.GetRequiredService<ReportCache>().CurrentAsync();
        var buyer = snapshot.Buyers.Buyers.First(b => b.BuyerName?.Contains(" 57 (synthetic)", StringComparison.Ordinal) == true);
        var name = buyer.BuyerName!;
        var typed = name[..name.IndexOf(" (synthetic)", StringComparison.Ordinal)];
        var page = await portal.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);

        // Act: the list, then the name typed into the filter, letter by letter.
        var list = await page.GotoAsync("/buyers");
        var weight = (await list!.BodyAsync()).Length;
        var rowsAtFirst = await page.Locator("#table-buyers tbody tr").CountAsync();
        var count = (await page.Locator("#count-buyers").TextContentAsync())!;
        await page.Locator("#buyers-q").PressSequentiallyAsync(typed, new() { Delay = 20 });
        await page.WaitForURLAsync(url => url.Contains("buyers-q=", StringComparison.Ordinal) && Uri.UnescapeDataString(url.Replace('+', ' ')).Contains(typed, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#buyers-q")).ToBeFocusedAsync(new() { Timeout = 60_000 });
        var matching = page.Locator("#table-buyers tbody tr a", new() { HasText = buyer.BuyerName });
        await Assertions.Expect(matching).ToHaveCountAsync(1);
        await matching.ClickAsync();
        await page.WaitForURLAsync("**/buyer?id=**");

        // Assert
        Assert.True(snapshot.Buyers.Buyers.Count >= UkScaleBrowserPortal.Buyers, $"{snapshot.Buyers.Buyers.Count} buyers");
        Assert.True(weight < 300 * 1024, $"/buyers is {weight / 1024} KB");
        Assert.Equal(50, rowsAtFirst);
        Assert.Contains($"of {snapshot.Buyers.Buyers.Count:N0}", count, StringComparison.Ordinal);
        Assert.Equal(buyer.BuyerName, (await page.Locator("h1").TextContentAsync())!.Trim());
    }
}
