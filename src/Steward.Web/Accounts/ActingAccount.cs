using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Web.Accounts;

/// <summary>Works out (once per request) who is signed in and which organisation they act for.</summary>
public sealed class ActingAccount(UserManager<AccountUser> users, AccountDirectory directory)
{
    /// <summary>The claim Identity adds when a session was opened with a second factor.</summary>
    public const string MethodClaim = "amr";

    public const string SecondFactorMethod = "mfa";

    private Acting? _current;
    private ClaimsPrincipal? _for;

    public async Task<Acting?> ForAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (ReferenceEquals(principal, _for))
        {
            return _current;
        }

        _for = principal;
        _current = null;
        if (principal.Identity?.IsAuthenticated != true || users.GetUserId(principal) is not { } id || await users.FindByIdAsync(id).ConfigureAwait(false) is not { } account)
        {
            return null;
        }

        var memberships = directory.MembershipsOf(account.Id);
        var organisation = memberships.FirstOrDefault(m => m.Organisation.Id == account.ActingOrganisationId)?.Organisation ?? (memberships.Count > 0 ? memberships[0].Organisation : null);
        _current = new Acting(account.Id, memberships, organisation, principal.HasClaim(MethodClaim, SecondFactorMethod));
        return _current;
    }
}
