using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Accounts;
using Steward.Data.Accounts;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// Passkeys in Chromium with a virtual authenticator (the DevTools WebAuthn domain), on <c>localhost</c> (WebAuthn
/// refuses IP addresses): a verifier adds a passkey, signs out, signs in with it alone, and may then use the
/// verification pages, since a passkey that verified its user is two factors.
/// </summary>
public sealed class PasskeyTests(BrowserPortal portal)
{
    [Fact]
    public async Task AddPasskey_SignOut_SignInWithIt_CountsAsTheSecondFactor()
    {
        // Arrange
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var organisation = directory.AddOrganisation("Passkey Verifiers", OrganisationSide.Verification, null, "cli:test").Value;
        var link = $"/invitations/accept?token={directory.Invite(organisation.Id, Role.Verifier, TimeSpan.FromDays(1), "cli:test").Value.Token}";
        var page = await portal.NewPageAsync(bypassCsp: true, host: "localhost");
        var problems = JourneyTests.Watch(page);
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable");
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        });

        // Act: accept, then add a passkey instead of an authenticator app.
        await page.GotoAsync(link);
        await page.GetByLabel("E-mail address").FillAsync("passkey@verifiers.example");
        await page.GetByLabel("Choose a password").FillAsync("correct horse battery staple");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and accept" }).ClickAsync();
        await JourneyTests.ArriveAsync(page, "/account/two-factor");
        await page.GotoAsync("/account/passkeys");
        await AxeCheck.AssertNoViolationsAsync(page, portal, "passkeys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("Your passkey is added");
        await page.GotoAsync("/verification");
        var deniedBefore = page.Url;
        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("#navigation a[href='/sign-in']")).ToBeVisibleAsync();
        await page.GotoAsync("/sign-in?returnUrl=%2Fverification");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await JourneyTests.ArriveAsync(page, "/verification");

        // Assert
        Assert.Contains("/account/access-denied", deniedBefore, StringComparison.Ordinal);
        Assert.Equal("Evidence to check", (await page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Equal("Verifier, Passkey Verifiers", (await page.Locator("#acting-as").TextContentAsync())!.Trim());
        Assert.DoesNotContain(problems, p => !p.Contains("access-denied", StringComparison.Ordinal));
    }
}
