using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Testing;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// The signed-in side in Chromium, as people use it: a verifier and a supplier are invited; the verifier sets up an
/// authenticator; the supplier signs in, edits and submits its profile and uploads evidence; the verifier signs in
/// with password and code and verifies it; the public profile then shows the check. axe-core checks each page type.
/// </summary>
public sealed class AccountJourneyTests(BrowserPortal portal)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task InviteAcceptSecondFactorSignIn_SupplierSubmits_VerifierVerifies_PublicProfileShowsIt()
    {
        // Arrange: the organisations and invitations an admin would make.
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var supplierOrganisation = directory.AddOrganisation("Journey Care CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        var verifierOrganisation = directory.AddOrganisation("Journey Verifiers", OrganisationSide.Verification, null, "cli:test").Value;
        var supplierLink = $"/invitations/accept?token={directory.Invite(supplierOrganisation.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token}";
        var verifierLink = $"/invitations/accept?token={directory.Invite(verifierOrganisation.Id, Role.Verifier, TimeSpan.FromDays(1), "cli:test").Value.Token}";

        // The verifier accepts and sets up an authenticator app.
        var verifier = await portal.NewPageAsync(bypassCsp: true);
        var problems = JourneyTests.Watch(verifier);
        await verifier.GotoAsync(verifierLink);
        await AxeCheck.AssertNoViolationsAsync(verifier, portal, "invitation");
        await verifier.GetByLabel("E-mail address").FillAsync("verifier@journey.example");
        await verifier.GetByLabel("Choose a password").FillAsync(Password);
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.ArriveAsync(verifier, "/account/two-factor");
        await AxeCheck.AssertNoViolationsAsync(verifier, portal, "two-factor set-up");
        var key = (await verifier.Locator("#shared-key").TextContentAsync())!;
        await verifier.GetByLabel("Code from the app").FillAsync(Totp.Code(key, TimeProvider.System.GetUtcNow()));
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(verifier.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        // The supplier accepts, signs out and signs in again.
        var supplier = await portal.NewPageAsync(bypassCsp: true);
        problems.AddRange(JourneyTests.Watch(supplier));
        await supplier.GotoAsync(supplierLink);
        await supplier.GetByLabel("E-mail address").FillAsync("owner@journey.example");
        await supplier.GetByLabel("Choose a password").FillAsync(Password);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.ArriveAsync(supplier, "/account");
        await AxeCheck.AssertNoViolationsAsync(supplier, portal, "account");
        Assert.Equal("Supplier, Journey Care CIC", (await supplier.Locator("#acting-as").TextContentAsync())!.Trim());
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(supplier.Locator("#navigation a[href='/sign-in']")).ToBeVisibleAsync();
        await supplier.GotoAsync("/sign-in");
        await AxeCheck.AssertNoViolationsAsync(supplier, portal, "sign-in");
        await supplier.GetByLabel("E-mail address").FillAsync("owner@journey.example");
        await supplier.GetByLabel("Password").FillAsync(Password);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await JourneyTests.ArriveAsync(supplier, "/account");

        // It edits and submits its profile, then uploads its articles.
        await supplier.GotoAsync("/account/profile");
        await AxeCheck.AssertNoViolationsAsync(supplier, portal, "profile editor");
        await supplier.Locator("#legalForm").SelectOptionAsync("cic-guarantee");
        await supplier.Locator("#assetLock-yes").CheckAsync();
        await supplier.Locator("#socialPurpose-yes").CheckAsync();
        await supplier.GetByLabel("Employees").FillAsync("24");
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Submit to the register" }).ClickAsync();
        await Assertions.Expect(supplier.Locator("#saved")).ToContainTextAsync("Submitted");
        await supplier.GotoAsync("/account/evidence");
        await AxeCheck.AssertNoViolationsAsync(supplier, portal, "evidence");
        await supplier.Locator("#Kind").SelectOptionAsync("governing-document");
        await supplier.Locator("#covers-assetLock").CheckAsync();
        await supplier.Locator("#Upload").SetInputFilesAsync(new FilePayload
        {
            Name = "articles.pdf",
            MimeType = "application/pdf",
            Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
        });
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(supplier.Locator("#uploaded")).ToContainTextAsync("articles.pdf is uploaded");

        // The verifier signs in again (password, then the code) and verifies it.
        var again = await portal.NewPageAsync(bypassCsp: true);
        problems.AddRange(JourneyTests.Watch(again));
        await again.GotoAsync("/verification");
        await JourneyTests.ArriveAsync(again, "/sign-in");
        await again.GetByLabel("E-mail address").FillAsync("verifier@journey.example");
        await again.GetByLabel("Password").FillAsync(Password);
        await again.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await JourneyTests.ArriveAsync(again, "/sign-in/two-factor");
        await AxeCheck.AssertNoViolationsAsync(again, portal, "second step of sign-in");
        await again.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key, TimeProvider.System.GetUtcNow()));
        await again.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await JourneyTests.ArriveAsync(again, "/verification");
        await AxeCheck.AssertNoViolationsAsync(again, portal, "evidence to check");
        await again.GetByRole(AriaRole.Link, new() { Name = "Journey Care CIC" }).ClickAsync();
        await AxeCheck.AssertNoViolationsAsync(again, portal, "check evidence");
        await again.GetByLabel("Valid until (optional)").FillAsync("2099-03-31");
        await again.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(again.Locator("#done")).ToContainTextAsync("Verified");

        // Anyone: the public profile shows the check, by role and organisation.
        await supplier.GotoAsync("/account/profile");
        var publicLink = (await supplier.GetByRole(AriaRole.Link, new() { Name = "See your public profile" }).GetAttributeAsync("href"))!;
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync(publicLink);
        var text = (await visitor.Locator("main").TextContentAsync())!;
        Assert.Contains("Verifier, Journey Verifiers", text, StringComparison.Ordinal);
        Assert.Contains("2099-03-31", text, StringComparison.Ordinal);
        Assert.DoesNotContain("journey.example", await visitor.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
