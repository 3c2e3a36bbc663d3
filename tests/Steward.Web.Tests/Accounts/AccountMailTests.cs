using System.Net;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>The portal's e-mail through a real SMTP server on a loopback port: confirmation, password reset, invitations.</summary>
public sealed class AccountMailTests : IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly LocalSmtp _smtp = new();
    private readonly PortalFactory _portal;

    public AccountMailTests() =>
        _portal = new PortalFactory(TestDatabase.Sqlite(), new()
        {
            ["Steward:DemoReleases"] = "0",
            ["Steward:Accounts:SignInsPerMinute"] = "1000",
            ["Steward:Mail:Host"] = "127.0.0.1",
            ["Steward:Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Steward:Mail:Security"] = "none",
            ["Steward:Mail:From"] = "Steward <no-reply@steward.test>",
        });

    private async Task<SignedInClient> JoinAsync(string email, Role role = Role.Supplier, OrganisationSide side = OrganisationSide.Supplier)
    {
        var directory = new AccountDirectory(_portal.Target, TimeProvider.System);
        var organisation = directory.AddOrganisation($"Org {email}", side, null, "cli:test").Value;
        var token = directory.Invite(organisation.Id, role, TimeSpan.FromDays(1), "cli:test").Value.Token;
        var client = new SignedInClient(_portal);
        await client.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = email, ["Password"] = Password }, "Create");
        return client;
    }

    [Fact]
    public async Task Accept_NewAccount_IsSentAConfirmationLinkThatConfirmsOnce()
    {
        // Arrange
        using var client = await JoinAsync("confirm@example.org");
        var message = Assert.Single(_smtp.To("confirm@example.org"));

        // Act
        var (first, firstPage) = await client.GetAsync(LocalSmtp.Link(message));
        var (_, account) = await client.GetAsync("/account");

        // Assert
        Assert.Equal("Confirm your e-mail address for Steward", message.Subject);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("confirmed", firstPage.QuerySelector("#outcome")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Confirmed", account.QuerySelector("#email-state")!.TextContent.Trim());
    }

    [Fact]
    public async Task ForgotPassword_KnownAddress_LinkResetsOnce_AndTheNewPasswordSignsIn()
    {
        // Arrange
        using (await JoinAsync("reset@example.org"))
        {
        }

        using var client = new SignedInClient(_portal);

        // Act
        var (_, sent) = await client.SubmitAsync("/account/forgot-password", new() { ["Email"] = "reset@example.org" });
        var link = LocalSmtp.Link(_smtp.To("reset@example.org").Single(m => m.Subject == "Reset your Steward password"));
        var (_, done) = await client.SubmitAsync(link, new() { ["Password"] = "a brand new long password" });
        var (_, again) = await client.SubmitAsync(link, new() { ["Password"] = "yet another long password" });
        var (oldPassword, _) = await client.SubmitAsync("/sign-in", new() { ["Email"] = "reset@example.org", ["Password"] = Password });
        var (newPassword, _) = await client.SubmitAsync("/sign-in", new() { ["Email"] = "reset@example.org", ["Password"] = "a brand new long password" });

        // Assert
        Assert.NotNull(sent.QuerySelector("#sent"));
        Assert.NotNull(done.QuerySelector("#done"));
        Assert.Contains("expired or was used already", again.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal("/account", SignedInClient.Location(newPassword));
    }

    [Fact]
    public async Task ForgotPassword_AskedManyTimes_SendsAtMostThreeAnHourToOneAccount()
    {
        // Arrange
        using (await JoinAsync("flood@example.org"))
        {
        }

        using var client = new SignedInClient(_portal);

        // Act
        for (var i = 0; i < 5; i++)
        {
            var (_, page) = await client.SubmitAsync("/account/forgot-password", new() { ["Email"] = "flood@example.org" });
            Assert.NotNull(page.QuerySelector("#sent"));
        }

        // Assert
        Assert.Equal(3, _smtp.To("flood@example.org").Count(m => m.Subject == "Reset your Steward password"));
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_SameAnswer_NoMail()
    {
        // Arrange
        using var client = new SignedInClient(_portal);

        // Act
        var (_, page) = await client.SubmitAsync("/account/forgot-password", new() { ["Email"] = "nobody-here@example.org" });

        // Assert
        Assert.NotNull(page.QuerySelector("#sent"));
        Assert.Empty(_smtp.To("nobody-here@example.org"));
    }

    [Fact]
    public async Task ResetPassword_MangledLink_ChangesNothing()
    {
        // Arrange
        using var client = await JoinAsync("mangled@example.org");

        // Act
        var (_, page) = await client.SubmitAsync("/account/reset-password?id=nobody&code=not-base64!", new() { ["Password"] = "a brand new long password" });

        // Assert
        Assert.Contains("expired or was used already", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_InviteWithAnAddress_EmailsTheLink_WhichWorks()
    {
        // Arrange: a commissioner with their second factor.
        var directory = new AccountDirectory(_portal.Target, TimeProvider.System);
        var council = directory.AddOrganisation("Mail Council", OrganisationSide.Buyer, null, "cli:test").Value;
        using var commissioner = new SignedInClient(_portal);
        await commissioner.JoinWithSecondFactorAsync(directory.Invite(council.Id, Role.Commissioner, TimeSpan.FromDays(1), "cli:test").Value.Token, "commissioner@example.org");

        // Act
        var (_, page) = await commissioner.SubmitAsync("/account/members", new() { ["Role"] = "evaluator", ["SendTo"] = "new-evaluator@example.org" });
        var message = Assert.Single(_smtp.To("new-evaluator@example.org"));
        using var invitee = new SignedInClient(_portal);
        var (opened, invitation) = await invitee.GetAsync(LocalSmtp.Link(message));

        // Assert
        Assert.NotNull(page.QuerySelector("#invitation-sent"));
        Assert.Equal("You are invited to act for Mail Council in Steward", message.Subject);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("evaluator", invitation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(new Data.Audit.AuditTrail(_portal.Target).Latest(50), e => e.Details.Contains("new-evaluator", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _portal.Dispose();
        _smtp.Dispose();
    }
}
