using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Accounts;
using Steward.Core.Tenders;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Data.Bids;
using Steward.Data.Tenders;
using Steward.Testing;
using Steward.Web.Hosting;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// Issue 14's journey in Chromium, from a published tender to its award: three suppliers and two evaluators. Alpha and
/// Gamma bid on time; the deadline passes (the portal's clock moves on 31 days); Beta bids late and is refused
/// assessment. The panel declare before the box is opened (E has shares in Alpha, so never reads or marks it), mark
/// independently, and the commissioner moderates where their marks differ. Gamma's low price is put to it and
/// explained; the commissioner records the conflicts assessment, decides the award, issues the assessment summaries
/// and publishes the award notice. Alpha reads its summary.
/// </summary>
public sealed class EvaluationJourneyTests(EvaluationBrowserPortal portal) : IClassFixture<EvaluationBrowserPortal>
{
    private const string Password = "correct horse battery staple";

    private static readonly ActingParty Setup = new("account:setup", "Commissioner, Journey Valley Council");

    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 60_000 };

    [Fact]
    public async Task ThreeSuppliersTwoEvaluators_LateBidConflictModerationAndAlt_ToTheAwardNotice()
    {
        // Arrange: the buyer, its goal and a published one-lot tender closing in 30 days; three supplier organisations.
        var target = portal.Services.GetRequiredService<PortalStore>().Target;
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var buyer = directory.AddOrganisation("Journey Valley Council", OrganisationSide.Buyer, "GB-PPON-JVAL-0001-TOWN", "cli:test").Value.Id;
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        Assert.True(new BuyerGoals(target, portal.Clock).Save(buyer, LocalJobs(today), Setup).IsSuccess);
        var designs = new TenderDesigns(target, portal.Clock);
        var design = designs.Create(buyer, Design(today, today.AddDays(30)), Setup).Value.Id;
        var reasons = designs.Review(design, today)!.Warnings.Select(w => new WarningReason(w.Code, w.Path, "Accepted for the test")).ToList();
        Assert.True(portal.Services.GetRequiredService<Evaluations>().RecordAssessment(design, buyer, "No conflict was identified before the tender notice.", Setup).IsSuccess);
        var published = designs.Publish(design, buyer, today, reasons, null, Setup);
        Assert.True(published.IsSuccess, published.Error?.Message);
        var alpha = await SupplierAsync(directory, "Alpha Care CIC", "bids@alpha-care.example");
        var gamma = await SupplierAsync(directory, "Gamma Support", "bids@gamma-support.example");
        var beta = await SupplierAsync(directory, "Beta Homecare Ltd", "bids@beta-homecare.example");

        // Act: Alpha and Gamma bid on time, each committing to hire local people.
        var alphaBid = await BidAsync(alpha, design, "500000", "Named keyworkers for every family, with cover from a second keyworker", "8", late: false);
        var gammaBid = await BidAsync(gamma, design, "250000", "Shared staff with our day centre, on a published rota", "12", late: false);

        // The deadline passes; Beta's bid arrives a day late.
        portal.Clock.Offset = TimeSpan.FromDays(31);
        var betaBid = await BidAsync(beta, design, "450000", "A weekly review with each family", "5", late: true);

        // The commissioner and two evaluators join (each sets up a second factor); the panel is set before opening.
        var commissioner = await MemberAsync(directory, buyer, Role.Commissioner, "commissioner@journey-valley.example");
        var e = await MemberAsync(directory, buyer, Role.Evaluator, "e@journey-valley.example");
        var f = await MemberAsync(directory, buyer, Role.Evaluator, "f@journey-valley.example");
        var tender = $"/evaluation/{design}";
        await commissioner.GotoAsync("/evaluation");
        await commissioner.Locator($"#tenders a[href='{tender}']").ClickAsync();
        await JourneyTests.ArriveAsync(commissioner.Page, tender);
        await Assertions.Expect(commissioner.Locator("#bid-count")).ToContainTextAsync("3 (1 late)");
        foreach (var evaluator in new[] { e, f })
        {
            await commissioner.Locator("#evaluator").SelectOptionAsync(AccountId(target, evaluator.Email));
            await commissioner.Locator("#add-to-panel").ClickAsync();
            await JourneyTests.ArriveAsync(commissioner.Page, tender);
        }

        await Assertions.Expect(commissioner.Locator("#panel tbody tr")).ToHaveCountAsync(2);

        // Beta's late bid is not admitted, with the reason on the record (PA 2023 s.19(3)(d)).
        var late = commissioner.Locator($"#late-{betaBid}");
        await late.Locator($"#reason-{betaBid}").FillAsync("Received a day after the deadline; no failure of the e-tendering system was reported.");
        await late.GetByRole(AriaRole.Button, new() { Name = "Do not assess" }).ClickAsync();
        await Assertions.Expect(commissioner.Locator($"#late-{betaBid}")).ToContainTextAsync("Decided", new() { Timeout = 60_000 });

        // Declarations, seeing the bidders' names only: E has shares in Alpha and will not read or mark its bid.
        await DeclareAsync(e.Page, design, conflictWith: "Alpha Care CIC");
        await DeclareAsync(f.Page, design, conflictWith: null);

        // The commissioner opens the box.
        await commissioner.GotoAsync(tender);
        await commissioner.Locator("#open-box").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#done")).ToBeVisibleAsync(Slow);
        await Assertions.Expect(commissioner.Locator("#box-state")).ToContainTextAsync("Opened on");

        // Independent marks: E is refused Alpha's bid; F marks both; their marks on Gamma's quality differ.
        await e.Page.GotoAsync($"/evaluation/panels/{design}/bids/{alphaBid}");
        await Assertions.Expect(e.Page.Locator("#refusal")).ToContainTextAsync("financial interest", new() { Timeout = 60_000 });
        await MarkAsync(f.Page, design, alphaBid, quality: 4, socialValue: 4);
        await MarkAsync(e.Page, design, gammaBid, quality: 3, socialValue: 3);
        await MarkAsync(f.Page, design, gammaBid, quality: 4, socialValue: 3);

        // Moderation settles each mark with its own rationale; a rationale is required.
        await ModerateAsync(commissioner, design, alphaBid, ("quality", 4), ("sv", 4));
        await commissioner.GotoAsync($"{tender}/bids/{gammaBid}");
        await Assertions.Expect(commissioner.Locator("#marks-quality tbody tr")).ToHaveCountAsync(2);
        await commissioner.Locator("#score-quality-3").CheckAsync();
        await commissioner.Locator("#moderate-quality").ClickAsync();
        await Assertions.Expect(commissioner.Locator(".govuk-error-summary")).ToContainTextAsync("rationale", new() { Timeout = 60_000 });
        await ModerateAsync(commissioner, design, gammaBid, ("quality", 3), ("sv", 3));
        await Assertions.Expect(commissioner.Locator("#moderated-quality")).ToContainTextAsync("Moderated: 3");

        // Gamma's price is half the other: the commissioner asks, Gamma explains, the bid is kept in.
        var lot = $"{tender}/lots/1";
        await commissioner.GotoAsync(lot);
        await commissioner.Locator($"#ask-{gammaBid}").ClickAsync();
        await JourneyTests.ArriveAsync(commissioner.Page, lot);
        await SignedInAtAsync(gamma, $"/bidding/questions/{gammaBid}");
        await Assertions.Expect(gamma.Page.Locator("#flag")).ToContainTextAsync("abnormally low");
        await gamma.Page.Locator("#Explanation").FillAsync("Our day centre grant pays 40% of the shared staff's wages for the whole contract term.");
        await gamma.Page.Locator("#send").ClickAsync();
        await Assertions.Expect(gamma.Page.Locator("#done")).ToBeVisibleAsync(Slow);
        await commissioner.GotoAsync(lot);
        await commissioner.Locator($"#reason-{gammaBid}").FillAsync("The grant letter confirms the funding for the term.");
        await commissioner.Locator($"#accept-{gammaBid}").ClickAsync();
        await JourneyTests.ArriveAsync(commissioner.Page, lot);

        // The conflicts assessment, then the award, the summaries and the notice, in the order the Act sets.
        await commissioner.GotoAsync(tender);
        await commissioner.Locator("#statement").FillAsync("One evaluator holds shares in Alpha Care CIC and neither read nor marked its bid; no other interest was declared (PA 2023 s.83).");
        await commissioner.Locator("#save-assessment").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#assessment")).ToContainTextAsync("2 versions", new() { Timeout = 60_000 });
        await commissioner.GotoAsync(lot);
        await commissioner.Locator("#decide-award").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#winner")).ToContainTextAsync("Gamma Support", new() { Timeout = 60_000 });
        var totals = await TotalsAsync(commissioner);
        await commissioner.Locator("#issue-summaries").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#summaries-list tbody tr")).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        await commissioner.Locator("#publish-award").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#notice")).ToContainTextAsync("Published", new() { Timeout = 60_000 });

        // Alpha reads why it lost.
        await SignedInAtAsync(alpha, "/bidding");
        await alpha.Page.Locator($"a[href='/bidding/summaries/{alphaBid}']").ClickAsync();
        await JourneyTests.ArriveAsync(alpha.Page, $"/bidding/summaries/{alphaBid}");
        var summary = (await alpha.Page.Locator("main").TextContentAsync())!;

        // Anyone sees the award on the tender's public page, from the notice published through the import path.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync($"/processes/{published.Value.Ocid}");
        var process = (await visitor.Locator("main").TextContentAsync())!;

        // Assert: Gamma wins on the published method (quality 30 + social value 6 + price 35 = 71 against Alpha's
        // 40 + 8 + 10 = 58); Beta is not assessed; Alpha's summary shows its own marks and the winner's.
        Assert.Equal(new Dictionary<string, string> { ["Gamma Support"] = "71.00", ["Alpha Care CIC"] = "58.00" }, totals);
        Assert.Contains("58", summary, StringComparison.Ordinal);
        Assert.Contains("71", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("journey-valley.example", summary, StringComparison.Ordinal);
        Assert.Contains("Gamma Support", process, StringComparison.Ordinal);
        Assert.DoesNotContain("journey-valley.example", process, StringComparison.Ordinal);
        var trail = new AuditTrail(target).Latest(500).Select(entry => entry.Action).ToHashSet(StringComparer.Ordinal);
        string[] acts =
        [
            "bid.added", "bid.changed", "bid.read", "tender-box.changed", "panel.added", "conflict-declaration.added", "conflicts-assessment.added",
            "mark.added", "moderation.added", "abnormally-low.added", "abnormally-low.changed", "award.added", "assessment-summary.added",
        ];
        var missing = acts.Except(trail, StringComparer.Ordinal).ToList();
        Assert.Empty(missing);
    }

    private static Goal LocalJobs(DateOnly today) => new("local-jobs", "Good local jobs in care", null, "ppn002:1", null, today.AddDays(-30), today.AddYears(3),
        GoalStatus.Active, [new Measure("local-hires", "Local residents hired", "people", MeasureDirection.Increase)]);

    private static string Design(DateOnly start, DateOnly end) => $$"""
        {"title":"Journey valley home care","buyer":{"socialValueModel":"ppn002"},"value":600000,"cpv":"85312000","procedure":"open",
         "tenderPeriod":{"startDate":"{{Day(start)}}","endDate":"{{Day(end)}}"},
         "lots":[{"id":"1","title":"Valley","value":600000,
           "scale":{"max":5,"descriptors":[{"score":0,"text":"Unacceptable"},{"score":3,"text":"Satisfactory"},{"score":5,"text":"Excellent"}]},
           "criteria":[{"id":"quality","title":"Quality of care","type":"quality","weight":50},
                       {"id":"sv","title":"Local jobs","type":"socialValue","weight":10,"goals":["local-jobs"],"measures":["local-hires"]},
                       {"id":"price","title":"Price","type":"price","weight":40}],
           "priceMethod":{"formula":"F4","floor":200000,"ceiling":600000},"tieBreak":"higherQuality"}]}
        """;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string AccountId(DatabaseTarget target, string email)
    {
        var normalized = email.ToUpperInvariant();
        using var context = StewardDatabase.CreateContext(target);
        return context.Users.Single(u => u.NormalizedEmail == normalized).Id;
    }

    /// <summary>A supplier organisation and its first member, signed in through the invitation.</summary>
    private async Task<Person> SupplierAsync(AccountDirectory directory, string name, string email)
    {
        var organisation = directory.AddOrganisation(name, OrganisationSide.Supplier, null, "cli:test").Value.Id;
        var page = await NewPageAsync();
        await AcceptAsync(page, directory.Invite(organisation, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token, email);
        return new Person(page, email);
    }

    /// <summary>A member of the buyer who needs a second factor: accepts, sets up an authenticator, and is signed in.</summary>
    private async Task<Person> MemberAsync(AccountDirectory directory, string buyer, Role role, string email)
    {
        var page = await NewPageAsync();
        await AcceptAsync(page, directory.Invite(buyer, role, TimeSpan.FromDays(1), "cli:test").Value.Token, email);
        await JourneyTests.ArriveAsync(page, "/account/two-factor");
        var key = (await page.Locator("#shared-key").TextContentAsync())!;
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10, new() { Timeout = 60_000 });
        return new Person(page, email);
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await portal.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    private static async Task AcceptAsync(IPage page, string token, string email)
    {
        await page.GotoAsync($"/invitations/accept?token={token}");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Choose a password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.LeaveAsync(page, "/invitations/");
    }

    /// <summary>Opens <paramref name="path"/>, signing in again first if the session ended while the weeks passed.</summary>
    private static async Task SignedInAtAsync(Person who, string path)
    {
        await who.Page.GotoAsync(path);
        if (new Uri(who.Page.Url).AbsolutePath == "/sign-in")
        {
            await who.Page.GetByLabel("E-mail address").FillAsync(who.Email);
            await who.Page.GetByLabel("Password").FillAsync(Password);
            await who.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await who.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/sign-in");
            await who.Page.GotoAsync(path);
        }

        await JourneyTests.ArriveAsync(who.Page, path);
    }

    /// <summary>A bid through the lot's page: price, one answer, one commitment and the three declarations; its id from the receipt.</summary>
    private static async Task<string> BidAsync(Person supplier, string design, string price, string answer, string hires, bool late)
    {
        var page = supplier.Page;
        await SignedInAtAsync(supplier, $"/bidding/{design}/lots/1");
        Assert.Equal(late, await page.Locator("#late").CountAsync() > 0);
        await page.Locator("#price").FillAsync(price);
        await page.Locator("#a0").FillAsync(answer);
        await page.Locator("#a1").FillAsync($"We will hire {hires} residents of the valley through the council's employment service.");
        await page.Locator("[id='m0.measure']").SelectOptionAsync("local-hires");
        await page.Locator("[id='m0.quantity']").FillAsync(hires);
        foreach (var declaration in new[] { "conditionsOfParticipation", "noExclusionGrounds", "independentTender" })
        {
            await page.Locator($"#declarations-{declaration}").CheckAsync();
        }

        await page.Locator("#submit").ClickAsync();
        await Assertions.Expect(page.Locator("#hash")).ToContainTextAsync("sha256:", new() { Timeout = 60_000 });
        return new Uri(page.Url).AbsolutePath.Split('/')[3];
    }

    private static async Task DeclareAsync(IPage page, string design, string? conflictWith)
    {
        var panel = $"/evaluation/panels/{design}";
        await page.GotoAsync("/evaluation/panels");
        await page.Locator($"#panels a[href='{panel}']").ClickAsync();
        await JourneyTests.ArriveAsync(page, panel);
        Assert.Equal(0, await page.Locator("#bids").CountAsync());
        var rows = page.Locator("#declarations fieldset");
        var names = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var name = (await page.Locator($"#d{i} legend").TextContentAsync())!.Trim();
            names.Add(name);
            if (name == conflictWith)
            {
                await page.Locator($"#d{i}-Financial").CheckAsync();
                await page.Locator($"#d{i}-description").FillAsync("I hold shares in Alpha Care CIC.");
                await page.Locator($"#d{i}-mitigation").FillAsync("I will neither read nor mark Alpha Care CIC's bid.");
            }
            else
            {
                await page.Locator($"#d{i}-None").CheckAsync();
            }
        }

        Assert.Equal(["Alpha Care CIC", "Beta Homecare Ltd", "Gamma Support"], names.Order(StringComparer.Ordinal));
        await page.Locator("#declare").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(Slow);
    }

    private static async Task MarkAsync(IPage page, string design, string bid, int quality, int socialValue)
    {
        var path = $"/evaluation/panels/{design}/bids/{bid}";
        await page.GotoAsync(path);
        await JourneyTests.ArriveAsync(page, path);
        Assert.DoesNotContain("£", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        foreach (var (criterion, score) in new[] { ("quality", quality), ("sv", socialValue) })
        {
            await page.Locator($"#score-{criterion}-{score}").CheckAsync();
            await page.Locator($"#rationale-{criterion}-text").FillAsync($"Mark {score}: the answer on {criterion} shows it in its first paragraph.");
            await page.Locator($"#mark-{criterion}").ClickAsync();
            await Assertions.Expect(page.Locator($"#mine-{criterion}")).ToContainTextAsync($"Your mark: {score}", new() { Timeout = 60_000 });
        }
    }

    private static async Task ModerateAsync(Person commissioner, string design, string bid, params (string Criterion, int Score)[] marks)
    {
        var path = $"/evaluation/{design}/bids/{bid}";
        var page = commissioner.Page;
        foreach (var (criterion, score) in marks)
        {
            await page.GotoAsync(path);
            await page.Locator($"#score-{criterion}-{score}").CheckAsync();
            await page.Locator($"#rationale-{criterion}-text").FillAsync($"Consensus {score}: the panel agreed the answer on {criterion} meets the descriptor for {score}.");
            await page.Locator($"#moderate-{criterion}").ClickAsync();
            await Assertions.Expect(page.Locator($"#moderated-{criterion}")).ToContainTextAsync($"Moderated: {score}", new() { Timeout = 60_000 });
        }
    }

    private static async Task<Dictionary<string, string>> TotalsAsync(Person commissioner)
    {
        var rows = commissioner.Page.Locator("#arithmetic tbody tr");
        var totals = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = (await rows.Nth(i).Locator("td").AllTextContentsAsync()).Select(c => c.Trim()).ToList();
            totals[cells[1]] = cells[6];
        }

        return totals;
    }

    /// <summary>Someone at a browser: their page and the e-mail they signed up with.</summary>
    private sealed record Person(IPage Page, string Email)
    {
        public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(path);

        public ILocator Locator(string selector) => Page.Locator(selector);
    }
}
