using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Accounts;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Conflicts;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Bids;
using Steward.Data.Entities;
using Steward.Data.Tenders;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// axe-core on each bidding page type, in Chromium, as a supplier sees them: the bidding home, a lot's bid page (and
/// its error summary), a receipt, a question about its price and an assessment summary. The buyer's side after the
/// deadline (opening, marking, moderating, the award) is driven through the store on a clock of its own, past the
/// deadline, sharing the portal's key ring.
/// </summary>
public sealed class BiddingAccessibilityTests(BrowserPortal portal)
{
    private static readonly ActingParty Commissioner = new("account:axe-commissioner", "Commissioner, Axe Borough Council");

    [Fact]
    public async Task BiddingPages_HaveNoAxeViolations()
    {
        // Arrange: a published tender, receiving bids for 40 more days, with another supplier's higher price in the box.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var target = portal.Services.GetRequiredService<Steward.Web.Hosting.PortalStore>().Target;
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var buyer = directory.AddOrganisation("Axe Borough Council", OrganisationSide.Buyer, null, "cli:test").Value.Id;
        var designs = new TenderDesigns(target, TimeProvider.System);
        var design = designs.Create(buyer, Design(today, today.AddDays(40)), Commissioner).Value.Id;
        var reasons = designs.Review(design, today)!.Warnings.Select(w => new WarningReason(w.Code, w.Path, "Accepted for the test")).ToList();
        Assert.True(new Evaluations(target, TimeProvider.System, new TenderBoxes(target, TimeProvider.System, new BidOptions())).RecordAssessment(design, buyer, "No conflict was identified.", Commissioner).IsSuccess);
        Assert.True(designs.Publish(design, buyer, today, reasons, null, Commissioner).IsSuccess);
        var supplier = directory.AddOrganisation("Axe Care CIC", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        var other = directory.AddOrganisation("Other Care Ltd", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        var boxes = portal.Services.GetRequiredService<TenderBoxes>();
        var otherBid = boxes.Submit(design, other, """
            {"lot":"1","price":520000,"responses":{"quality":{"text":"Keyworkers"}},"declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true}}
            """, [], new ActingParty("account:other", "Supplier, Other Care Ltd")).Value.BidId;
        var invitation = $"/invitations/accept?token={directory.Invite(supplier, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token}";

        // Act / Assert: the supplier joins, and each page is checked as it is reached.
        var page = await portal.NewPageAsync(bypassCsp: true);
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        var slow = new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 };
        await page.GotoAsync(invitation);
        await page.GetByLabel("E-mail address").FillAsync("bids@axe-care.example");
        await page.GetByLabel("Choose a password").FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.LeaveAsync(page, "/invitations/");
        await page.GotoAsync("/bidding");
        await JourneyTests.ArriveAsync(page, "/bidding");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "bidding");
        await page.Locator($"a[href='/bidding/{design}/lots/1']").ClickAsync();
        await JourneyTests.ArriveAsync(page, $"/bidding/{design}/lots/1");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "a lot's bid page");
        await page.Locator("#submit").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync(slow);
        await AxeCheck.AssertNoViolationsAsync(page, portal, "a lot's bid page with errors");
        await page.Locator("#price").FillAsync("250000");
        await page.Locator("#a0").FillAsync("Named keyworkers for every person");

        // A 300 KB file: the bid page lifts Kestrel's 64 KB request limit for itself (BidUploadLimit).
        await page.Locator("#f0").SetInputFilesAsync(new FilePayload { Name = "staffing plan.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n"u8, .. new byte[300 * 1024]] });
        foreach (var declaration in new[] { "conditionsOfParticipation", "noExclusionGrounds", "independentTender" })
        {
            await page.Locator($"#declarations-{declaration}").CheckAsync();
        }

        await page.Locator("#submit").ClickAsync();
        await Assertions.Expect(page.Locator("#hash")).ToContainTextAsync("sha256:", new() { Timeout = 60_000 });
        var bid = new Uri(page.Url).AbsolutePath.Split('/')[3];
        await AxeCheck.AssertNoViolationsAsync(page, portal, "a receipt");

        // After the deadline (the store's own clock): the box is opened and marked, and the low price is put to the supplier.
        var after = new FixedClock(new DateTimeOffset(today.AddDays(41).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var options = portal.Services.GetRequiredService<BidOptions>();
        var lateBoxes = new TenderBoxes(target, after, options);
        var evaluations = new Evaluations(target, after, lateBoxes);
        Assert.True(lateBoxes.Open(design, buyer, Commissioner).IsSuccess);
        var evaluator = Account(target, "axe-evaluator@axe-borough.example");
        Assert.True(directory.AddMember(evaluator, buyer, Role.Evaluator, "cli:test").IsSuccess);
        Assert.True(evaluations.AddToPanel(design, buyer, evaluator, Commissioner).IsSuccess);
        var party = new ActingParty($"account:{evaluator}", "Evaluator, Axe Borough Council");
        foreach (var bidder in new[] { supplier, other })
        {
            Assert.True(evaluations.Declare(design, evaluator, bidder, InterestKind.None, null, null, party).IsSuccess);
        }

        foreach (var (id, score) in new[] { (bid, 3m), (otherBid, 4m) })
        {
            var marked = evaluations.Mark(id, evaluator, "quality", score, $"Mark {score}: the answer shows it", party);
            Assert.True(marked.IsSuccess, marked.Error?.Message);
            var moderated = evaluations.Moderate(id, buyer, "quality", score, $"Consensus {score}: the answer shows it", Commissioner);
            Assert.True(moderated.IsSuccess, moderated.Error?.Message);
        }

        _ = evaluations.Lot(design, buyer, "1", Commissioner);
        var asked = evaluations.AskAlt(bid, buyer, Commissioner);
        Assert.True(asked.IsSuccess, asked.Error?.Message);
        await page.GotoAsync($"/bidding/questions/{bid}");
        await JourneyTests.ArriveAsync(page, $"/bidding/questions/{bid}");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "a question about a price");
        await page.Locator("#Explanation").FillAsync("A grant pays part of our carers' wages");
        await page.Locator("#send").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync(slow);

        // The award and the summaries.
        Assert.True(evaluations.DecideAlt(bid, buyer, AltDecision.Accepted, "The grant is confirmed", Commissioner).IsSuccess);
        Assert.True(evaluations.RecordAssessment(design, buyer, "No interests declared.", Commissioner).IsSuccess);
        var award = evaluations.DecideAward(design, buyer, "1", Commissioner);
        Assert.True(award.IsSuccess, award.Error?.Message);
        Assert.True(evaluations.IssueSummaries(design, buyer, "1", Commissioner).IsSuccess);
        await page.GotoAsync("/bidding");
        await page.Locator($"a[href='/bidding/summaries/{bid}']").ClickAsync();
        await JourneyTests.ArriveAsync(page, $"/bidding/summaries/{bid}");
        await Assertions.Expect(page.Locator("#marks")).ToBeVisibleAsync(slow);
        await AxeCheck.AssertNoViolationsAsync(page, portal, "an assessment summary");
    }

    private static string Design(DateOnly start, DateOnly end) => $$"""
        {"title":"Axe home care","buyer":{"socialValueModel":"none"},"value":500000,"cpv":"85312000","procedure":"open",
         "tenderPeriod":{"startDate":"{{Day(start)}}","endDate":"{{Day(end)}}"},
         "lots":[{"id":"1","title":"North","value":500000,"scale":{"max":5,"descriptors":[{"score":0,"text":"Unacceptable"},{"score":3,"text":"Satisfactory"},{"score":5,"text":"Excellent"}]},
           "criteria":[{"id":"quality","title":"Quality of care","type":"quality","weight":60},{"id":"price","title":"Price","type":"price","weight":40}],
           "priceMethod":{"formula":"F4","floor":300000,"ceiling":700000},"tieBreak":"higherQuality"}]}
        """;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Account(DatabaseTarget target, string email)
    {
        using var context = StewardDatabase.CreateContext(target);
        var account = new AccountUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = "s" };
        context.Users.Add(account);
        context.SaveChanges();
        return account.Id;
    }

    /// <summary>The store's clock, past the deadline, while the portal keeps the real one.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
