using Microsoft.Playwright;

namespace Steward.Web.Browser.Tests;

/// <summary>axe-core (WCAG 2.0–2.2 A and AA rules) on every page type, in Chromium, with GOV.UK Frontend's scripts running.</summary>
public sealed class AccessibilityTests(BrowserPortal portal)
{
    public static TheoryData<string> PageTypes => new(
        "/",
        "/search?q=services",
        "/search?minValue=lots",
        "/buyers",
        "/suppliers",
        "/markets",
        "/flags",
        "/social-value",
        "/social-value?year=last",
        "/about",
        "/processes/not-a-process",
        "/register",
        "/register/profit-caps",
        "/register/eligibility?ocid=&supplier=&awardDate=yesterday",
        "/sign-in",
        "/account/forgot-password",
        "/invitations/accept?token=not-a-token",
        "profile",
        "eligibility",
        "process",
        "buyer",
        "supplier",
        "market");

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_HasNoAxeViolations(string path)
    {
        var page = await portal.NewPageAsync(bypassCsp: true);
        await page.GotoAsync(await Resolve(page, path));

        await AxeCheck.AssertNoViolationsAsync(page, portal, path);
    }

    /// <summary>Pages whose address depends on the data: the first one linked from the page that lists them.</summary>
    private static async Task<string> Resolve(IPage page, string path)
    {
        var (list, link) = path switch
        {
            "process" => ("/search?sort=newest", "a[href^='/processes/']"),
            "buyer" => ("/buyers", "a[href^='/buyer?id=']"),
            "supplier" => ("/suppliers", "a[href^='/supplier?id=']"),
            "market" => ("/markets", "a[href^='/market?cpv=']"),
            "profile" => ("/register", "a[href^='/register/profile?id=']"),
            _ => (null, null),
        };
        if (path == "eligibility")
        {
            // A reserved lot's check, for the first profile in the register: the page with a decision and its reasons.
            await page.GotoAsync("/search?reserved=true&sort=newest");
            await page.GotoAsync((await page.Locator("a[href^='/processes/']").First.GetAttributeAsync("href"))!);
            var check = (await page.Locator("a[href^='/register/eligibility?']").First.GetAttributeAsync("href"))!;
            await page.GotoAsync("/register");
            var profile = (await page.Locator("a[href^='/register/profile?id=']").First.GetAttributeAsync("href"))!;
            return $"{check}&supplier={profile[(profile.IndexOf('=', StringComparison.Ordinal) + 1)..]}";
        }

        if (list is null)
        {
            return path;
        }

        await page.GotoAsync(list);
        return (await page.Locator(link!).First.GetAttributeAsync("href"))!;
    }
}
