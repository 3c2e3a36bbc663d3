using System.Text.Json;
using Microsoft.Playwright;

namespace Steward.Web.Browser.Tests;

/// <summary>Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it is now and fails with each violation found.</summary>
internal static class AxeCheck
{
    public static async Task AssertNoViolationsAsync(IPage page, BrowserPortal portal, string what)
    {
        await page.AddScriptTagAsync(new() { Content = portal.AxeScript });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })");
        var violations = result.GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at " +
                         string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
            .ToList();
        Assert.True(violations.Count == 0, $"{what}: {string.Join(Environment.NewLine, violations)}");
        Assert.True(result.GetProperty("passes").GetArrayLength() > 10, $"{what}: axe ran too few rules: was the page empty?");
    }
}
