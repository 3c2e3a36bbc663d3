using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Accounts;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Data.Ingest;
using Steward.Testing;
using Steward.Web.Hosting;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// Issue 15's journey in Chromium. A contract published by another system is in the store; the buyer's commissioner
/// takes it on and sets a KPI; the supplier reports on it (value, narrative, a PDF) after a refusal for the wrong unit;
/// the buyer queries it with a reason; the supplier corrects it; the buyer verifies it; and the public buyer page shows
/// delivered against committed. axe-core checks each delivery page type as it is reached.
/// </summary>
public sealed class DeliveryJourneyTests(DeliveryBrowserPortal portal) : IClassFixture<DeliveryBrowserPortal>
{
    private const string Ocid = "ocds-b5fd17-delivery-journey-1";

    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 60_000 };

    [Fact]
    public async Task SupplierReports_BuyerQueries_SupplierCorrects_BuyerVerifies_PublicPageShowsDelivered()
    {
        // Arrange: the awarded process (a term that began 120 days ago), the buyer and supplier organisations, and people.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var start = today.AddDays(-120);
        var target = portal.Services.GetRequiredService<PortalStore>().Target;
        Import(target, start, start.AddYears(1).AddDays(-1));
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var buyer = directory.AddOrganisation("Delivery Vale Council", OrganisationSide.Buyer, null, "cli:test").Value.Id;
        var supplier = directory.AddOrganisation("Vale Works CIC", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        var commissioner = await SignUpAsync(directory.Invite(buyer, Role.Commissioner, TimeSpan.FromDays(1), "cli:test").Value.Token, "c@delivery-vale.example", secondFactor: true);
        var reporter = await SignUpAsync(directory.Invite(supplier, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token, "r@vale-works.example", secondFactor: false);

        // Act: the commissioner takes the contract on through the header's Delivery link and sets a KPI.
        await commissioner.Locator("#nav-delivery").ClickAsync();
        await JourneyTests.ArriveAsync(commissioner, "/delivery/contracts");
        await AxeCheck.AssertNoViolationsAsync(commissioner, portal, "the buyer's contracts");
        await commissioner.Locator("#Ocid").FillAsync(Ocid);
        await commissioner.Locator("#SupplierId").SelectOptionAsync(new SelectOptionValue { Label = "Vale Works CIC" });
        await commissioner.Locator("#take-on").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#done")).ToContainTextAsync("taken on", new() { Timeout = 60_000 });
        var contract = $"/delivery/contracts/{new Uri(commissioner.Url).AbsolutePath.Split('/')[3]}";
        await commissioner.Locator("#Kpi_Id").FillAsync("local-hires");
        await commissioner.Locator("#Kpi_Measure").FillAsync("Local residents hired");
        await commissioner.Locator("#Kpi_Unit").FillAsync("people");
        await commissioner.Locator("#Kpi_Target").FillAsync("12");
        await commissioner.Locator("#Kpi_Goal").FillAsync("Local jobs");
        await commissioner.Locator("#add-kpi-button").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#done")).ToContainTextAsync("KPIs are saved", new() { Timeout = 60_000 });
        await Assertions.Expect(commissioner.Locator("#kpis tbody tr")).ToContainTextAsync("No reports");
        await AxeCheck.AssertNoViolationsAsync(commissioner, portal, "a contract's KPIs");

        // The supplier reports its first quarter, in the wrong unit first (refused, naming the field), then with a PDF.
        await reporter.Locator("#nav-delivery").ClickAsync();
        await JourneyTests.ArriveAsync(reporter, "/delivery/reporting");
        await AxeCheck.AssertNoViolationsAsync(reporter, portal, "the supplier's contracts");
        await reporter.Locator("#contracts a").ClickAsync();
        var reporting = new Uri(reporter.Url).AbsolutePath;
        Assert.StartsWith("/delivery/reporting/", reporting, StringComparison.Ordinal);
        await AxeCheck.AssertNoViolationsAsync(reporter, portal, "a contract to report on");
        await FillReportAsync(reporter, start, "5", "hours");
        await reporter.Locator("#send-report").ClickAsync();
        await Assertions.Expect(reporter.Locator(".govuk-error-summary")).ToContainTextAsync("unit", new() { Timeout = 60_000 });
        await AxeCheck.AssertNoViolationsAsync(reporter, portal, "a report refused");
        await FillReportAsync(reporter, start, "5", "people");
        await reporter.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "starters.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.7\n"u8, .. new byte[2048]] });
        await reporter.Locator("#send-report").ClickAsync();
        await Assertions.Expect(reporter.Locator("#done")).ToContainTextAsync("sent to the buyer", new() { Timeout = 60_000 });

        // The buyer queries it with a reason, after downloading the evidence.
        await commissioner.GotoAsync("/delivery/verification");
        await JourneyTests.ArriveAsync(commissioner, "/delivery/verification");
        await AxeCheck.AssertNoViolationsAsync(commissioner, portal, "reports waiting");
        await commissioner.Locator("#waiting a").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#value")).ToContainTextAsync("5 people", new() { Timeout = 60_000 });
        var report = new Uri(commissioner.Url).AbsolutePath;
        await AxeCheck.AssertNoViolationsAsync(commissioner, portal, "a report to decide");
        var download = await commissioner.RunAndWaitForDownloadAsync(() => commissioner.GetByText("starters.pdf").ClickAsync());
        var evidence = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        await commissioner.Locator("#Decision-query").CheckAsync();
        await commissioner.Locator("#Reason").FillAsync("The payroll extract shows four starters who live in the district, not five.");
        await commissioner.Locator("#send-decision").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#status")).ToContainTextAsync("Queried by Commissioner, Delivery Vale Council", new() { Timeout = 60_000 });

        // The supplier reads the reason and corrects the report.
        await reporter.GotoAsync(reporting);
        await Assertions.Expect(reporter.Locator("main")).ToContainTextAsync("four starters who live in the district", new() { Timeout = 60_000 });
        await reporter.Locator("form[id^='correct-'] input[name='Value']").FillAsync("4");
        await reporter.Locator("form[id^='correct-'] textarea[name='Narrative']").FillAsync("Four residents of the district started work; the fifth lives outside it.");
        await reporter.Locator("#send-correction").ClickAsync();
        await Assertions.Expect(reporter.Locator("#done")).ToContainTextAsync("corrected report", new() { Timeout = 60_000 });

        // The buyer verifies the correction.
        await commissioner.GotoAsync(report);
        await Assertions.Expect(commissioner.Locator("#value")).ToContainTextAsync("4 people", new() { Timeout = 60_000 });
        await commissioner.Locator("#Decision-verify").CheckAsync();
        await commissioner.Locator("#send-decision").ClickAsync();
        await Assertions.Expect(commissioner.Locator("#status")).ToContainTextAsync("Verified by Commissioner, Delivery Vale Council", new() { Timeout = 60_000 });
        await commissioner.GotoAsync(contract);
        await Assertions.Expect(commissioner.Locator("#kpis tbody tr")).ToContainTextAsync("33.3%", new() { Timeout = 60_000 });
        await commissioner.GotoAsync("/delivery/report");
        await JourneyTests.ArriveAsync(commissioner, "/delivery/report");
        await AxeCheck.AssertNoViolationsAsync(commissioner, portal, "the quarterly report");

        // Anyone reads the buyer's public page.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync($"/buyer?id={Uri.EscapeDataString(PublishedBuyer(target))}");
        await Assertions.Expect(visitor.Locator("#delivery")).ToBeVisibleAsync(Slow);
        await AxeCheck.AssertNoViolationsAsync(visitor, portal, "the public buyer page with delivery");
        var row = (await visitor.Locator("#table-buyer-delivery tbody tr td").AllTextContentsAsync()).Select(c => c.Trim()).ToList();
        var page = (await visitor.Locator("main").TextContentAsync())!;

        // The market view and the supplier's own page (its past performance) show the same record.
        await visitor.GotoAsync("/suppliers/delivery");
        await Assertions.Expect(visitor.Locator("#table-delivery-suppliers")).ToContainTextAsync("Vale Works CIC", new() { Timeout = 60_000 });
        await AxeCheck.AssertNoViolationsAsync(visitor, portal, "the market view of delivery");
        await visitor.Locator("#table-delivery-suppliers tbody a").ClickAsync();
        await Assertions.Expect(visitor.Locator("#table-supplier-delivery")).ToContainTextAsync("33.3%", new() { Timeout = 60_000 });
        await AxeCheck.AssertNoViolationsAsync(visitor, portal, "a supplier's delivery record");

        // Assert: 4 verified of 12 committed (33.3%), on track a third of the way through; coverage whole; no one named.
        Assert.Equal("%PDF-1.7\n"u8.ToArray(), evidence[..9]);
        Assert.Equal(["Vale grounds maintenance", "Delivery Vale Council", "Vale Works CIC", "Local residents hired", "people", "12", "4", "33.3%", "Yes", "1"], row[..10]);
        Assert.Equal("100%", (await visitor.Locator("#delivery-coverage").TextContentAsync())!.Trim());
        Assert.DoesNotContain(".example", page, StringComparison.Ordinal);
        var trail = new AuditTrail(target).Latest(200).Where(e => e.Action.StartsWith("delivery-", StringComparison.Ordinal)).Select(e => e.Action).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["delivery-contract.added", "delivery-kpi.added", "delivery-report.added", "delivery-report.changed", "delivery-file.added", "delivery-file-read"], StringComparer.Ordinal), trail);
    }

    private static async Task FillReportAsync(IPage page, DateOnly start, string value, string unit)
    {
        await page.Locator("#PeriodStart").FillAsync(Day(start));
        await page.Locator("#PeriodEnd").FillAsync(Day(start.AddDays(89)));
        await page.Locator("#Value").FillAsync(value);
        await page.Locator("#Unit").FillAsync(unit);
        await page.Locator("#Narrative").FillAsync("Five residents of the district started work, counted from the payroll.");
    }

    /// <summary>Someone joining by invitation; people with a second factor set up an authenticator as they join.</summary>
    private async Task<IPage> SignUpAsync(string token, string email, bool secondFactor)
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"/invitations/accept?token={token}");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Choose a password").FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.LeaveAsync(page, "/invitations/");
        if (secondFactor)
        {
            await JourneyTests.ArriveAsync(page, "/account/two-factor");
            var key = (await page.Locator("#shared-key").TextContentAsync())!;
            await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key, TimeProvider.System.GetUtcNow()));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10, new() { Timeout = 60_000 });
        }

        return page;
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await portal.NewPageAsync(bypassCsp: true);
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    /// <summary>An awarded process as another publisher releases it, through the import path every publisher's data takes.</summary>
    private static void Import(DatabaseTarget target, DateOnly start, DateOnly end)
    {
        var package = $$$"""
            {"uri":"urn:test","version":"1.1","publishedDate":"{{{Day(start)}}}T00:00:00Z","publisher":{"name":"Test"},"releases":[
             {"ocid":"{{{Ocid}}}","id":"{{{Ocid}}}-1","date":"{{{Day(start)}}}T00:00:00Z","tag":["award","contract"],"initiationType":"tender",
              "parties":[{"id":"b1","name":"Delivery Vale Council","roles":["buyer"]},{"id":"s1","name":"Vale Works CIC","roles":["supplier"]}],
              "buyer":{"id":"b1","name":"Delivery Vale Council"},"tender":{"id":"t1","title":"Vale grounds maintenance"},
              "awards":[{"id":"a1","status":"active","value":{"amount":900000,"currency":"GBP"},"suppliers":[{"id":"s1","name":"Vale Works CIC"}]}],
              "contracts":[{"id":"c1","awardID":"a1","status":"active","value":{"amount":900000,"currency":"GBP"},
                "period":{"startDate":"{{{Day(start)}}}T00:00:00Z","endDate":"{{{Day(end)}}}T23:59:59Z"}}]}]}
            """;
        using var importer = StewardImporter.Open(target, TimeProvider.System);
        var result = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(package)), "journey");
        Assert.True(result.New + result.Changed > 0, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    /// <summary>The organisation the process's buyer resolves to: the public buyer page's id.</summary>
    private static string PublishedBuyer(DatabaseTarget target)
    {
        using var context = StewardDatabase.CreateContext(target);
        return context.Processes.Single(p => p.Ocid == Ocid).BuyerId!;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
