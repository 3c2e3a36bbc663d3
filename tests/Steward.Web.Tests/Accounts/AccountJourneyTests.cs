using System.Net;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>
/// The signed-in side through HTTP, as a browser uses it: invitation, account, second factor, sign-in, and each
/// refusal with its message (the Chromium journey is in Steward.Web.Browser.Tests).
/// </summary>
public sealed class AccountJourneyTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string Password = "correct horse battery staple";

    private AccountDirectory Directory => portal.Services.GetRequiredService<AccountDirectory>();

    private string Invite(Role role, OrganisationSide side = OrganisationSide.Buyer, TimeSpan? validFor = null)
    {
        var organisation = side == OrganisationSide.Instance
            ? Directory.Instance("Steward", "cli:ops")
            : Directory.AddOrganisation($"Org {Guid.CreateVersion7():N}", side, null, "cli:ops").Value;
        return Directory.Invite(organisation.Id, role, validFor ?? TimeSpan.FromDays(1), "cli:ops").Value.Token;
    }

    [Fact]
    public async Task Invitation_ToAdmin_AcceptSetUpSecondFactorSignOutAndBackIn_OpensTheAdminPage()
    {
        // Arrange
        using var client = new SignedInClient(portal);
        var token = Invite(Role.Admin, OrganisationSide.Instance);
        var key = await client.JoinWithSecondFactorAsync(token, "admin-journey@example.org");
        var (adminFirst, _) = await client.GetAsync("/admin");
        await client.SubmitAsync("/sign-out", []);
        var (afterSignOut, _) = await client.GetAsync("/admin");

        // Act
        var (password, _) = await client.SubmitAsync("/sign-in", new() { ["Email"] = "admin-journey@example.org", ["Password"] = Password });
        var secondStep = SignedInClient.Location(password);
        var (code, _) = await client.SubmitAsync(secondStep, new() { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) });
        var (admin, page) = await client.GetAsync("/admin");

        // Assert
        Assert.Equal(HttpStatusCode.OK, adminFirst.StatusCode);
        Assert.StartsWith("/sign-in", SignedInClient.Location(afterSignOut), StringComparison.Ordinal);
        Assert.StartsWith("/sign-in/two-factor", secondStep, StringComparison.Ordinal);
        Assert.Equal("/account", SignedInClient.Location(code));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("Admin, Steward", page.QuerySelector("#acting-as")?.TextContent.Trim());
        Assert.DoesNotContain("admin-journey@example.org", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("The audit trail is whole", page.QuerySelector("#audit-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluator_WithoutSecondFactor_IsSentToSetItUp_AndCannotInvite()
    {
        // Arrange: an evaluator who accepted but has not set up the authenticator yet.
        using var client = new SignedInClient(portal);
        var token = Invite(Role.Commissioner);
        await client.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = "no-factor@example.org", ["Password"] = Password }, "Create");

        // Act
        var (members, _) = await client.GetAsync("/account/members");
        var (denied, page) = await client.GetAsync(SignedInClient.Location(members));

        // Assert
        Assert.StartsWith("/account/access-denied", SignedInClient.Location(members), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("second factor", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_UsedTwice_SaysSoAndAddsNoSecondAccount()
    {
        // Arrange
        using var first = new SignedInClient(portal);
        using var second = new SignedInClient(portal);
        var token = Invite(Role.Supplier, OrganisationSide.Supplier);
        await first.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = "first@example.org", ["Password"] = Password }, "Create");

        // Act
        var (again, page) = await second.GetAsync($"/invitations/accept?token={token}");
        var (forced, _) = await second.PostAsync($"/invitations/accept?token={token}&handler=Create", new() { ["Email"] = "second@example.org", ["Password"] = Password });

        // Assert
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already been used", page.QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode); // no anti-forgery token: refused before anything runs
        var users = portal.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Entities.AccountUser>>();
        Assert.Null(await users.FindByEmailAsync("second@example.org"));
    }

    [Fact]
    public async Task Invitation_Expired_SaysWhenAndOffersNoForm()
    {
        // Arrange
        using var client = new SignedInClient(portal);
        var organisation = Directory.AddOrganisation("Expiring Org", OrganisationSide.Buyer, null, "cli:ops").Value;
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(-3));
        var token = new AccountDirectory(portal.Target, clock).Invite(organisation.Id, Role.Evaluator, TimeSpan.FromDays(1), "cli:ops").Value.Token;

        // Act
        var (response, page) = await client.GetAsync($"/invitations/accept?token={token}");

        // Assert
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This invitation expired on", page.QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form[method=post]"));
    }

    [Fact]
    public async Task SignIn_UnknownEmailAndWrongPassword_GetTheSameAnswer_AndRepeatedFailuresLockTheAccount()
    {
        // Arrange
        using var client = new SignedInClient(portal);
        var token = Invite(Role.Supplier, OrganisationSide.Supplier);
        await client.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = "locks@example.org", ["Password"] = Password }, "Create");
        await client.SubmitAsync("/sign-out", []);

        // Act
        var (_, unknown) = await client.SubmitAsync("/sign-in", new() { ["Email"] = "nobody@example.org", ["Password"] = "whatever password" });
        var (_, wrong) = await client.SubmitAsync("/sign-in", new() { ["Email"] = "locks@example.org", ["Password"] = "wrong password 1" });
        for (var i = 0; i < 4; i++)
        {
            await client.SubmitAsync("/sign-in", new() { ["Email"] = "locks@example.org", ["Password"] = "wrong password 2" });
        }

        var (locked, lockedPage) = await client.SubmitAsync("/sign-in", new() { ["Email"] = "locks@example.org", ["Password"] = Password });

        // Assert
        Assert.Equal(unknown.QuerySelector(".govuk-error-summary")!.TextContent.Trim(), wrong.QuerySelector(".govuk-error-summary")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", lockedPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlySecureAndLax_AndAForgedAntiForgeryTokenChangesNothing()
    {
        // Arrange
        using var client = new SignedInClient(portal);
        var token = Invite(Role.Supplier, OrganisationSide.Supplier);

        // Act
        var (forged, _) = await client.PostAsync($"/invitations/accept?token={token}&handler=Create",
            new() { ["__RequestVerificationToken"] = "CfDJ8forged-token-value", ["Token"] = token, ["Email"] = "forged@example.org", ["Password"] = Password });
        var stillOpen = Directory.Check(token).IsSuccess;
        var (created, _) = await client.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = "cookie-flags@example.org", ["Password"] = Password }, "Create");
        var session = created.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("steward.session=", StringComparison.Ordinal));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(stillOpen);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Account_InTwoOrganisations_ActsForOneAtATime_ShownInTheHeader()
    {
        // Arrange: a supplier's person who is also invited to a second supplier.
        using var client = new SignedInClient(portal);
        await client.SubmitAsync($"/invitations/accept?token={Invite(Role.Supplier, OrganisationSide.Supplier)}", new() { ["Email"] = "two-hats@example.org", ["Password"] = Password }, "Create");
        var second = Directory.AddOrganisation("Second Hat CIC", OrganisationSide.Supplier, null, "cli:ops").Value;
        var (accepted, _) = await client.SubmitAsync($"/invitations/accept?token={Directory.Invite(second.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:ops").Value.Token}", [], "Accept");
        var (_, before) = await client.GetAsync("/account");

        // Act
        var (switched, _) = await client.SubmitAsync("/account", new() { ["Organisation"] = second.Id }, "Act");
        var (_, after) = await client.GetAsync("/account");
        var (_, refused) = await client.SubmitAsync("/account", new() { ["Organisation"] = "someone-elses-organisation" }, "Act");

        // Assert
        Assert.Equal("/account", SignedInClient.Location(accepted));
        Assert.Equal(2, before.QuerySelectorAll("input[name=Organisation]").Length);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("Supplier, Second Hat CIC", after.QuerySelector("#acting-as")?.TextContent.Trim());
        Assert.Contains("Choose one of the organisations you belong to", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_PastTheClientsLimit_Answers429WithRetryAfter()
    {
        // Arrange: a portal that allows 3 sign-in requests a minute from one client.
        using var strict = new PortalFactory(Steward.Testing.TestDatabase.Sqlite(), new() { ["Steward:DemoReleases"] = "0", ["Steward:Accounts:SignInsPerMinute"] = "3" });
        using var client = new SignedInClient(strict);

        // Act
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.GetAsync("/sign-in")).Response.StatusCode);
        }

        var (limited, _) = await client.GetAsync("/sign-in");

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal("60", limited.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task TwoFactor_WrongCode_IsRefusedWithAMessage_AndTheSessionGainsNothing()
    {
        // Arrange
        using var client = new SignedInClient(portal);
        var token = Invite(Role.Verifier, OrganisationSide.Verification);
        await client.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = "wrong-code@example.org", ["Password"] = Password }, "Create");

        // Act
        var (response, page) = await client.SubmitAsync("/account/two-factor", new() { ["Code"] = "000000" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That code is not right", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not set up", (await client.GetAsync("/account")).Page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_Changes_AreInTheAuditTrail_AndItIsWhole()
    {
        // Arrange
        using var client = new SignedInClient(portal);
        var token = Invite(Role.Evaluator);
        await client.JoinWithSecondFactorAsync(token, "audited@example.org");

        // Act
        var trail = portal.Services.GetRequiredService<AuditTrail>();
        var entries = trail.Latest(50);

        // Assert
        Assert.Contains(entries, e => e.Action == "account.added");
        Assert.Contains(entries, e => e.Action == "membership.added" && e.Details.Contains("evaluator", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "account-secret.added" && e.Details.Contains("AuthenticatorKey", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("@example.org", e.Details + e.Actor + e.Subject, StringComparison.Ordinal));
        Assert.True(trail.Verify().IsWhole);
    }
}
