using System.Net;
using System.Text.Json;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;

namespace Steward.Web.Tests.Accounts;

/// <summary>A person's own data: the download holds it, deleting asks for the password and leaves only a pseudonymous trail.</summary>
public sealed class AccountDataTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private async Task<(SignedInClient Client, AccountOrganisation Organisation)> JoinAsync(string email)
    {
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var organisation = directory.AddOrganisation($"Data Org {email}", OrganisationSide.Supplier, null, "cli:test").Value;
        var client = new SignedInClient(portal);
        await client.SubmitAsync($"/invitations/accept?token={directory.Invite(organisation.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token}",
            new() { ["Email"] = email, ["Password"] = "correct horse battery staple" }, "Create");
        return (client, organisation);
    }

    [Fact]
    public async Task Download_HoldsTheAccountItsRolesAndItsTrail()
    {
        // Arrange
        var (client, organisation) = await JoinAsync("download@example.org");
        using var _ = client;

        // Act
        var response = await client.Http.GetAsync(new Uri("/account/data?handler=Download", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("download@example.org", json.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(organisation.Id, json.RootElement.GetProperty("memberships")[0].GetProperty("organisationId").GetString());
        Assert.Contains(json.RootElement.GetProperty("auditTrail").EnumerateArray(), e => e.GetProperty("action").GetString() == "account.added");
    }

    [Fact]
    public async Task Delete_WrongPassword_ChangesNothing_RightPassword_LeavesOnlyThePseudonymousTrail()
    {
        // Arrange
        var (client, organisation) = await JoinAsync("delete-me@example.org");
        using var _ = client;
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var accountId = Assert.Single(directory.Members(organisation.Id)).AccountId;

        // Act
        var (wrong, wrongPage) = await client.SubmitAsync("/account/data", new() { ["Password"] = "not my password" }, "Delete");
        var stillMember = directory.Members(organisation.Id).Count;
        var (right, rightPage) = await client.SubmitAsync("/account/data", new() { ["Password"] = "correct horse battery staple" }, "Delete");
        var (after, _) = await client.GetAsync("/account");

        // Assert
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Enter your password", wrongPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, stillMember);
        Assert.NotNull(rightPage.QuerySelector("#deleted"));
        Assert.Empty(directory.Members(organisation.Id));
        Assert.StartsWith("/sign-in", SignedInClient.Location(after), StringComparison.Ordinal);
        using var context = portal.Database.Context();
        Assert.DoesNotContain(context.Users, u => u.Id == accountId);
        var trail = new AuditTrail(portal.Target);
        Assert.Contains(trail.Latest(200), e => e.Action == "account.removed" && e.Subject == $"account:{accountId}");
        Assert.True(trail.Verify().IsWhole);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }
}
