using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Data.Suppliers;

namespace Steward.Web.Tests.Accounts;

/// <summary>The write API: only a scoped, working machine token an admin issued (with their password) may use it.</summary>
public sealed class WriteApiTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string Profile = """{"name":"Token Care CIC","legalForm":"cic-guarantee","employees":9}""";

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string? token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/write/register/profile", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task IssuedToken_SavesItsSuppliersProfile_UntilRevoked()
    {
        // Arrange: an admin issues a token for a supplier through the admin page (password asked again).
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var supplier = directory.AddOrganisation("Token Care CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        using var admin = new SignedInClient(portal);
        await admin.JoinWithSecondFactorAsync(directory.Invite(directory.Instance("Steward", "cli:test").Id, Role.Admin, TimeSpan.FromDays(1), "cli:test").Value.Token, "token-admin@example.org");
        var (_, wrongPassword) = await admin.SubmitAsync("/admin", new() { ["TokenName"] = "Sync", ["TokenOrganisation"] = supplier.Id, ["TokenScopes"] = "EditSupplierProfile", ["TokenDays"] = "30", ["Password"] = "nope" }, "IssueToken");
        var (_, issuedPage) = await admin.SubmitAsync("/admin", new() { ["TokenName"] = "Sync", ["TokenOrganisation"] = supplier.Id, ["TokenScopes"] = "EditSupplierProfile", ["TokenDays"] = "30", ["Password"] = "correct horse battery staple" }, "IssueToken");
        var token = issuedPage.QuerySelector("#issued-token")!.TextContent.Trim();
        using var machine = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        // Act
        var saved = await PutAsync(machine, token, Profile);
        var badJson = await PutAsync(machine, token, "{\"name\": ");
        var noToken = await PutAsync(machine, null, Profile);
        var forged = await PutAsync(machine, token + "x", Profile);
        directory.RevokeToken(directory.Tokens().Single(t => t.Name == "Sync").Id, "cli:test");
        var revoked = await PutAsync(machine, token, Profile);

        // Assert
        Assert.Contains("Enter your password", wrongPassword.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("stw_", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        using (var problem = JsonDocument.Parse(await badJson.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            Assert.Equal("PROFILE_NOT_JSON", problem.RootElement.GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        var stored = new SupplierRegister(portal.Target, TimeProvider.System).Find(directory.Organisation(supplier.Id)!.ProfileId!)!;
        Assert.Equal(9m, stored.Profile.Workforce.Employees);
        Assert.Contains(new AuditTrail(portal.Target).Latest(100), e => e.Actor.StartsWith("token:", StringComparison.Ordinal) && e.Action.StartsWith("profile", StringComparison.Ordinal));
        using var context = portal.Database.Context();
        Assert.DoesNotContain(context.ApiTokens, t => t.SecretHash.Contains(token, StringComparison.Ordinal) || t.SecretHash == token);
    }

    [Fact]
    public async Task Token_WithoutTheScope_OrACookieSession_IsRefused()
    {
        // Arrange
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var verifiers = directory.AddOrganisation("Scope Verifiers", OrganisationSide.Verification, null, "cli:test").Value;
        var token = directory.IssueToken(verifiers.Id, "Checker", [Capability.VerifyEvidence], TimeSpan.FromDays(1), "cli:test").Value.Secret;
        var supplier = directory.AddOrganisation("Cookie CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        using var browser = new SignedInClient(portal);
        await browser.SubmitAsync($"/invitations/accept?token={directory.Invite(supplier.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token}",
            new() { ["Email"] = "cookie@example.org", ["Password"] = "correct horse battery staple" }, "Create");
        using var machine = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        // Act
        var wrongScope = await PutAsync(machine, token, Profile);
        var cookie = await PutAsync(browser.Http, null, Profile);
        var supplierScopeOnVerifier = directory.IssueToken(verifiers.Id, "Wrong", [Capability.EditSupplierProfile], null, "cli:test");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, wrongScope.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
        Assert.Equal("TOKEN_SCOPES", supplierScopeOnVerifier.Error?.Code);
    }
}
