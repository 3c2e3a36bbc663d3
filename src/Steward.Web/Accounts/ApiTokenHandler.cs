using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Steward.Data.Accounts;

namespace Steward.Web.Accounts;

/// <summary>
/// Machine clients of the write API: <c>Authorization: Bearer stw_…</c>, a token an admin issued. The principal
/// carries the token's id, organisation and scopes; nothing else is accepted on the write API (no cookies, so no
/// cross-site requests).
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public const string TokenClaim = "steward:token";

    public const string OrganisationClaim = "steward:organisation";

    public const string ScopeClaim = "scope";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(AccountDirectory.TokenPrefix, StringComparison.Ordinal) || directory.FindToken(secret) is not { } token)
        {
            return Task.FromResult(AuthenticateResult.Fail("The token is unknown, revoked or expired."));
        }

        var claims = new List<Claim> { new(TokenClaim, token.Id), new(OrganisationClaim, token.Organisation.Id), new(ClaimTypes.Name, token.Name) };
        claims.AddRange(token.Scopes.Select(s => new Claim(ScopeClaim, s.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
