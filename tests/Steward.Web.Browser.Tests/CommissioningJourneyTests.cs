using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Testing;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// Issue 13's journey in Chromium: a commissioner signs in with a second factor, sets a goal, designs a two-lot
/// tender whose social value criteria serve it, follows the checker's error to the lot and fixes it, tries the
/// what-if, records a reason for the checker's warning, publishes, and the tender is found in public search with
/// its criteria and weights. axe-core checks each commissioning page type.
/// </summary>
public sealed class CommissioningJourneyTests(BrowserPortal portal)
{
    private const string Password = "correct horse battery staple";
    private const string Title = "Journey community support and hubs";

    [Fact]
    public async Task SignIn_SetAGoal_DesignTwoLots_FixTheError_WhatIf_Publish_FindItInSearch()
    {
        // Arrange: the buyer organisation and the invitation an admin would make.
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var council = directory.AddOrganisation("Journey Borough Council", OrganisationSide.Buyer, "GB-PPON-JRNY-0001-BORO", "cli:test").Value;
        var invitation = $"/invitations/accept?token={directory.Invite(council.Id, Role.Commissioner, TimeSpan.FromDays(1), "cli:test").Value.Token}";
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The commissioner accepts and sets up an authenticator app (the role needs a second factor).
        var page = await portal.NewPageAsync(bypassCsp: true);
        var problems = JourneyTests.Watch(page);
        await page.GotoAsync(invitation);
        await page.GetByLabel("E-mail address").FillAsync("commissioner@journey-borough.example");
        await page.GetByLabel("Choose a password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.ArriveAsync(page, "/account/two-factor");
        var key = (await page.Locator("#shared-key").TextContentAsync())!;
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        // A goal with a measure.
        await page.GotoAsync("/commissioning/goals");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "goals");
        await page.GetByLabel("Goal", new() { Exact = true }).FillAsync("Good local jobs in care");
        await page.Locator("#outcome").SelectOptionAsync("ppn002:1");
        await page.Locator("#status").SelectOptionAsync("active");
        await page.GetByLabel("Measure 1").FillAsync("Local residents hired");
        await page.Locator("[id='m0.unit']").FillAsync("people");
        await page.Locator("[id='m0.direction']").SelectOptionAsync("increase");
        await page.Locator("#save-goal").ClickAsync();
        await Assertions.Expect(page.Locator("#saved")).ToContainTextAsync("saved");

        // A design: its details, then two lots.
        await page.GotoAsync("/commissioning");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "commissioning");
        await page.GetByLabel("Title").FillAsync(Title);
        await page.Locator("#start").ClickAsync();
        await Assertions.Expect(page.Locator("#tasks")).ToBeVisibleAsync();
        var design = new Uri(page.Url).AbsolutePath;
        await AxeCheck.AssertNoViolationsAsync(page, portal, "design task list");
        await page.GetByRole(AriaRole.Link, new() { Name = "About the procurement" }).ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/details");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "design details");
        await page.GetByLabel("Estimated value, £ including VAT").FillAsync("900000");
        await page.GetByLabel("CPV codes").FillAsync("85312000");
        await page.Locator("#contractType").SelectOptionAsync("services");
        await page.Locator("#procedure").SelectOptionAsync("open");
        await page.Locator("#socialValueModel").SelectOptionAsync("ppn002");
        await page.Locator("#tenderStart").FillAsync(Day(5));
        await page.Locator("#tenderEnd").FillAsync(Day(45));
        await page.Locator("#documentsWithNotice-yes").CheckAsync();
        await page.Locator("#save").ClickAsync();
        await JourneyTests.ArriveAsync(page, design);

        // Adding a lot opens it. Lot 1 is absolute (F4); lot 2 proportional to the lowest price (F1), its weights adding to 90: an error.
        await page.Locator("#add-lot").ClickAsync();
        await FillLotAsync(page, design, 0, "1", "Support at home", "500000", "F4", priceWeight: "40");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "design task list with a lot");
        await page.Locator("#add-lot").ClickAsync();
        await FillLotAsync(page, design, 1, "2", "Community hubs", "400000", "F1", priceWeight: "30");
        await Assertions.Expect(page.Locator("#tasks a[href$='/lots/1']")).ToContainTextAsync("Community hubs");

        // The checker blocks publication and links the error to its lot; the commissioner fixes it there.
        await page.GotoAsync($"{design}/check");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "check answers with an error");
        var errors = page.Locator("#checker-errors");
        await Assertions.Expect(errors).ToContainTextAsync("WEIGHTS_TOTAL");
        Assert.Equal(0, await page.Locator("#publish").CountAsync());
        await errors.Locator($"a[href='{design}/lots/1']").First.ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/lots/1");
        await Assertions.Expect(page.Locator("#lot-findings")).ToContainTextAsync("100");
        await page.Locator("[id='c2.weight']").FillAsync("40");
        await page.Locator("#save").ClickAsync();
        await JourneyTests.ArriveAsync(page, design);

        // Lot 1 gets the common 0–5 scale, and its quality criterion is split into two sub-criteria, in forms.
        await page.GotoAsync($"{design}/lots/0");
        await page.Locator("#change-scale").ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/lots/0/scale");
        await page.Locator("#common-scale").ClickAsync();
        await Assertions.Expect(page.Locator("#d5")).ToHaveValueAsync(Steward.Core.Tenders.QualityScale.ZeroToFive.Levels[5].Descriptor);
        await AxeCheck.AssertNoViolationsAsync(page, portal, "quality scale");
        await page.Locator("#save").ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/lots/0");
        await Assertions.Expect(page.Locator("#scale-summary")).ToContainTextAsync("Marked 0 to 5");
        await page.Locator("#criterion-0-subs button").ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/lots/0/criteria/0");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "sub-criteria");
        await page.Locator("[id='s0.id']").FillAsync("staffing");
        await page.Locator("[id='s0.title']").FillAsync("Staffing and continuity");
        await page.Locator("[id='s0.weight']").FillAsync("30");
        await page.Locator("[id='s1.id']").FillAsync("outcomes");
        await page.Locator("[id='s1.title']").FillAsync("Outcomes for people");
        await page.Locator("[id='s1.weight']").FillAsync("20");
        await page.Locator("#save").ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/lots/0");
        await Assertions.Expect(page.Locator("#criterion-0-subs")).ToContainTextAsync("Staffing and continuity (30%); Outcomes for people (20%)");
        await page.GotoAsync(design);

        // What-if: the generated bids scored with the full arithmetic, then at another price weight.
        await page.GetByRole(AriaRole.Link, new() { Name = "What-if: sample bids" }).ClickAsync();
        await JourneyTests.ArriveAsync(page, $"{design}/what-if");
        await page.Locator("#score").ClickAsync();
        await Assertions.Expect(page.Locator("#winner")).ToContainTextAsync("Winner");
        Assert.True(await page.Locator("#arithmetic tbody tr").CountAsync() >= 2);
        await Assertions.Expect(page.Locator("#sensitivity")).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, portal, "what-if");
        await page.GetByLabel("Try another price weight (marks out of 100)").FillAsync("70");
        await page.Locator("#score").ClickAsync();
        await Assertions.Expect(page.Locator("#winner")).ToContainTextAsync("Winner");

        // Check answers: no error now; the relative price method is a warning that needs a reason.
        await page.GotoAsync($"{design}/check");
        Assert.Equal(0, await page.Locator("#checker-errors").CountAsync());
        var reasons = page.Locator("textarea[id^='reason']");
        Assert.True(await reasons.CountAsync() >= 1);
        await Assertions.Expect(page.Locator("form")).ToContainTextAsync("RELATIVE_PRICE_METHOD");
        for (var i = 0; i < await reasons.CountAsync(); i++)
        {
            await reasons.Nth(i).FillAsync("The hubs market has few bidders with similar prices; we accept the risk and publish the method.");
        }

        await page.Locator("#conflicts").FillAsync("No conflict or potential conflict was identified among the officers acting (PA 2023 s.83).");
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#published")).ToContainTextAsync("Published as ocds-stewrd-");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "published");

        // Anyone finds it in search, and its page shows both lots' criteria and weights.
        var visitor = await portal.NewPageAsync();
        problems.AddRange(JourneyTests.Watch(visitor));
        await visitor.GotoAsync("/");
        await visitor.GetByLabel("Search notices and contracts").FillAsync(Title);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await visitor.WaitForURLAsync("**/search?q=**");
        await visitor.Locator("#table-search tbody a", new() { HasText = Title }).First.ClickAsync();
        await visitor.WaitForURLAsync("**/processes/**");
        Assert.Equal(Title, (await visitor.Locator("h1").TextContentAsync())!.Trim());
        Assert.Contains("Journey Borough Council", await visitor.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        var criteria = visitor.Locator("table", new() { Has = visitor.GetByText("Criteria and weights, as published") }).Locator("tbody tr");
        var rows = new List<string>();
        for (var i = 0; i < await criteria.CountAsync(); i++)
        {
            rows.Add(string.Join("|", (await criteria.Nth(i).Locator("td").AllTextContentsAsync()).Select(cell => cell.Trim())));
        }

        Assert.Equal(6, rows.Count);
        Assert.Contains(rows, row => row.StartsWith("1|", StringComparison.Ordinal) && row.Contains("Local jobs", StringComparison.Ordinal) && row.EndsWith("|10%", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("2|", StringComparison.Ordinal) && row.Contains("Price", StringComparison.Ordinal) && row.EndsWith("|40%", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("2|", StringComparison.Ordinal) && row.Contains("Quality", StringComparison.Ordinal) && row.EndsWith("|50%", StringComparison.Ordinal));
        Assert.DoesNotContain("journey-borough.example", await visitor.ContentAsync(), StringComparison.Ordinal);

        // The buyer's page counts it once the figures are recomputed in the background (publishing asks for that).
        var buyer = (await visitor.Locator(".govuk-summary-list__row", new() { HasText = "Buyer" }).Locator("a").GetAttributeAsync("href"))!;
        var heading = string.Empty;
        for (var attempt = 0; attempt < 60 && heading != "Journey Borough Council"; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 1000, TestContext.Current.CancellationToken);
            await visitor.GotoAsync(buyer);
            heading = (await visitor.Locator("h1").TextContentAsync())!.Trim();
        }

        Assert.Equal("Journey Borough Council", heading);
        Assert.Empty(problems);
    }

    /// <summary>On lot <paramref name="index"/>'s page, fills it (quality 50, social value 10 tied to the goal, price) and saves.</summary>
    private async Task FillLotAsync(IPage page, string design, int index, string id, string title, string value, string formula, string priceWeight)
    {
        await JourneyTests.ArriveAsync(page, $"{design}/lots/{index}");
        if (index == 0)
        {
            await AxeCheck.AssertNoViolationsAsync(page, portal, "lot");
        }

        await page.GetByLabel("Lot number or id").FillAsync(id);
        await page.GetByLabel("Lot title").FillAsync(title);
        await page.GetByLabel("Lot value, £ including VAT").FillAsync(value);
        await page.Locator("#formula").SelectOptionAsync(formula);
        if (formula == "F4")
        {
            await page.GetByText("Price method settings").ClickAsync();
            await page.Locator("#floor").FillAsync("300000");
            await page.Locator("#ceiling").FillAsync("700000");
        }

        await page.Locator("#tieBreak").SelectOptionAsync("higherQuality");
        await page.Locator("[id='c0.id']").FillAsync("quality");
        await page.Locator("[id='c0.title']").FillAsync("Quality of support");
        await page.Locator("[id='c0.type']").SelectOptionAsync("quality");
        await page.Locator("[id='c0.weight']").FillAsync("50");
        await page.Locator("[id='c1.id']").FillAsync("social-value");
        await page.Locator("[id='c1.title']").FillAsync("Local jobs");
        await page.Locator("[id='c1.type']").SelectOptionAsync("socialValue");
        await page.Locator("[id='c1.weight']").FillAsync("10");
        await page.Locator("#c1-goal-good-local-jobs-in-care").CheckAsync();
        await page.Locator("#c1-measure-local-residents-hired").CheckAsync();
        await page.Locator("[id='c2.id']").FillAsync("price");
        await page.Locator("[id='c2.title']").FillAsync("Price");
        await page.Locator("[id='c2.type']").SelectOptionAsync("price");
        await page.Locator("[id='c2.weight']").FillAsync(priceWeight);
        await page.Locator("#save").ClickAsync();
        await JourneyTests.ArriveAsync(page, design);
    }
}
