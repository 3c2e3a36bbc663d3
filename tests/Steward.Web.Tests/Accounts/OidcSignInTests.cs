using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>
/// Sign-in with OpenID Connect end to end against a real provider (OpenIddict on a loopback port): an invited person
/// creates their account through the provider, signs out, and signs in again through it. The client proves itself
/// with private_key_jwt in GOV.UK One Login's shape (aud = token endpoint), in RFC 7523bis's, or with a secret.
/// </summary>
public sealed class OidcSignInTests
{
    private const string ClientId = "steward-test";

    [Theory]
    [InlineData("token-endpoint")]
    [InlineData("issuer")]
    [InlineData("secret")]
    public async Task Invitation_CreateAccountWithTheProvider_ThenSignInAgain_OpensTheAccount(string client)
    {
        // Arrange
        var cancel = TestContext.Current.CancellationToken;
        await using var provider = await OidcProvider.StartAsync(null, cancel);
        using var rsa = RSA.Create(2048);
        var settings = new Dictionary<string, string?>
        {
            ["Steward:DemoReleases"] = "0",
            ["Steward:Oidc:Authority"] = provider.Authority.AbsoluteUri,
            ["Steward:Oidc:ClientId"] = ClientId,
            ["Steward:Oidc:AllowHttp"] = "true",
            ["Steward:Oidc:DisplayName"] = "Test One Login",
        };
        var descriptor = OidcProvider.CodeFlowClient(ClientId, new Uri("https://localhost/signin-oidc"));
        if (client == "secret")
        {
            settings["Steward:Oidc:ClientSecret"] = descriptor.ClientSecret = "a-test-secret-of-some-length";
        }
        else
        {
            settings["Steward:Oidc:PrivateKey"] = rsa.ExportPkcs8PrivateKeyPem();
            settings["Steward:Oidc:KeyId"] = "steward-key-1";
            settings["Steward:Oidc:AssertionAudience"] = client;
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = "steward-key-1" });
            jwk.Use = "sig";
            jwk.Alg = "RS256";
            descriptor.JsonWebKeySet = new JsonWebKeySet();
            descriptor.JsonWebKeySet.Keys.Add(jwk);
        }

        await provider.RegisterClientAsync(descriptor, cancel);
        using var portal = new PortalFactory(TestDatabase.Sqlite(), settings);
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var organisation = directory.AddOrganisation("Kind Care CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        var token = directory.Invite(organisation.Id, Role.Supplier, TimeSpan.FromDays(1), "cli:test").Value.Token;
        using var browser = new SignedInClient(portal);

        // Act: create the account through the provider.
        var (challenge, _) = await browser.SubmitAsync($"/invitations/accept?token={token}", [], "External");
        var landing = await ThroughProviderAsync(browser, challenge, cancel);
        var (created, _) = await browser.SubmitAsync(landing, [], "Create");
        var (account, accountPage) = await browser.GetAsync("/account");
        await browser.SubmitAsync("/sign-out", []);
        var (signedOut, _) = await browser.GetAsync("/account");

        // ... and sign in again through it.
        var (again, _) = await browser.SubmitAsync("/sign-in", [], "External");
        var back = await ThroughProviderAsync(browser, again, cancel);
        var (signedIn, _) = await browser.GetAsync(back);

        // Assert
        Assert.Equal("/account", SignedInClient.Location(created));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal("Supplier, Kind Care CIC", accountPage.QuerySelector("#acting-as")?.TextContent.Trim());
        Assert.StartsWith("/sign-in", SignedInClient.Location(signedOut), StringComparison.Ordinal);
        Assert.Equal("/account", SignedInClient.Location(signedIn));
        using var context = portal.Database.Context();
        var login = Assert.Single(await context.UserLogins.ToListAsync(cancel));
        Assert.Equal(("oidc", OidcProvider.SubjectId), (login.LoginProvider, login.ProviderKey));
        Assert.Equal(OidcProvider.Email, (await context.Users.SingleAsync(u => u.Id == login.UserId, cancel)).Email);
        var trail = new AuditTrail(portal.Target);
        Assert.Contains(trail.Latest(20), e => e.Action == "account-login.added" && e.Details.Contains("oidc", StringComparison.Ordinal));
        Assert.True(trail.Verify().IsWhole);
    }

    [Fact]
    public async Task SignIn_ProviderSignInWithNoAccountOrInvitation_SaysSoAndMakesNoAccount()
    {
        // Arrange
        var cancel = TestContext.Current.CancellationToken;
        await using var provider = await OidcProvider.StartAsync(null, cancel);
        var descriptor = OidcProvider.CodeFlowClient(ClientId, new Uri("https://localhost/signin-oidc"));
        descriptor.ClientSecret = "a-test-secret-of-some-length";
        await provider.RegisterClientAsync(descriptor, cancel);
        using var portal = new PortalFactory(TestDatabase.Sqlite(), new()
        {
            ["Steward:DemoReleases"] = "0",
            ["Steward:Oidc:Authority"] = provider.Authority.AbsoluteUri,
            ["Steward:Oidc:ClientId"] = ClientId,
            ["Steward:Oidc:AllowHttp"] = "true",
            ["Steward:Oidc:ClientSecret"] = descriptor.ClientSecret,
        });
        using var browser = new SignedInClient(portal);

        // Act
        var (challenge, _) = await browser.SubmitAsync("/sign-in", [], "External");
        var landing = await ThroughProviderAsync(browser, challenge, cancel);
        var (_, page) = await browser.GetAsync(landing);

        // Assert
        Assert.Contains("No Steward account uses this", page.QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
        using var context = portal.Database.Context();
        Assert.Empty(await context.Users.ToListAsync(cancel));
    }

    /// <summary>
    /// Follows Steward's challenge to the provider (a real HTTP server), and posts its form_post answer back to
    /// Steward's callback as a browser's script would; returns where Steward then sends the browser.
    /// </summary>
    private static async Task<string> ThroughProviderAsync(SignedInClient browser, HttpResponseMessage challenge, CancellationToken cancel)
    {
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var outside = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var answer = await outside.GetAsync(challenge.Headers.Location!, cancel);
        var html = await answer.Content.ReadAsStringAsync(cancel);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"the provider answered {(int)answer.StatusCode}: {html}");
        var form = new HtmlParser().ParseDocument(html).QuerySelector("form")!;
        var action = new Uri(form.GetAttribute("action")!);
        var fields = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty, StringComparer.Ordinal);
        var (callback, page) = await browser.PostAsync(action.PathAndQuery, fields);
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"Steward's callback answered {(int)callback.StatusCode}: {page.Body?.TextContent}");
        return SignedInClient.Location(callback);
    }
}
