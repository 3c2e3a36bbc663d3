using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Web.Accounts;
using Steward.Web.Hosting;

namespace Steward.Web.Tests.Accounts;

/// <summary>
/// Every route the portal maps, against a written matrix of who may use it: a new page or endpoint without a line
/// here fails, and so does one whose declared policy differs. Then every policy × every role (and anonymous) is
/// decided by the real authorisation service on real accounts.
/// </summary>
public sealed class RouteAccessTests(AccountPortal portal) : IClassFixture<AccountPortal>
{
    private const string Anyone = "anyone";

    /// <summary>Who may use each route: <see cref="Anyone"/> or the policy it requires (docs/accounts.md, "Who may do what").</summary>
    private static readonly Dictionary<string, string> Matrix = new(StringComparer.Ordinal)
    {
        [""] = Anyone,
        ["Index"] = Anyone,
        ["about"] = Anyone,
        ["error"] = Anyone,
        ["flags"] = Anyone,
        ["social-value"] = Anyone,
        ["buyers"] = Anyone,
        ["buyer"] = Anyone,
        ["markets"] = Anyone,
        ["market"] = Anyone,
        ["processes/{ocid}"] = Anyone,
        ["Search"] = Anyone,
        ["suppliers"] = Anyone,
        ["supplier"] = Anyone,
        ["suppliers/delivery"] = Anyone,
        ["register"] = Anyone,
        ["register/profile"] = Anyone,
        ["register/eligibility"] = Anyone,
        ["register/profit-caps"] = Anyone,
        ["/openapi/{documentName}.json"] = Anyone,
        ["/openapi"] = Anyone,
        ["/tables/{key}.{format}"] = Anyone,
        ["sign-in"] = Anyone,
        ["sign-in/external"] = Anyone,
        ["account/forgot-password"] = Anyone,
        ["account/reset-password"] = Anyone,
        ["account/confirm-email"] = Anyone,
        ["sign-in/two-factor"] = Anyone,
        ["invitations/accept"] = Anyone,
        ["account/access-denied"] = Anyone,
        ["sign-out"] = Policies.CanUseAccount,
        ["account"] = Policies.CanUseAccount,
        ["account/two-factor"] = Policies.CanUseAccount,
        ["account/members"] = $"{Policies.CanInviteMembers}+{Policies.CanUseAccount}", // the folder's and the page's: both must pass
        ["admin"] = Policies.CanManageInstance,
        ["/api/write/register/profile"] = Policies.CanEditSupplierProfile, // machine tokens only (Bearer)
        ["account/profile"] = $"{Policies.CanEditSupplierProfile}+{Policies.CanUseAccount}",
        ["account/evidence"] = $"{Policies.CanEditSupplierProfile}+{Policies.CanUseAccount}",
        ["verification"] = Policies.CanVerifyEvidence,
        ["account/data"] = Policies.CanUseAccount,
        ["account/passkeys"] = Policies.CanUseAccount,
        ["verification/evidence"] = Policies.CanVerifyEvidence,
        ["goals"] = Anyone,
        ["designs"] = Anyone,
        ["commissioning"] = Policies.CanDesignTenders,
        ["commissioning/goals"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/details"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/lots/{index:int}"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/json"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/check"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/what-if"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/lots/{index:int}/scale"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/lots/{index:int}/costs"] = Policies.CanDesignTenders,
        ["commissioning/designs/{id}/lots/{index:int}/criteria/{criterion:int}"] = Policies.CanDesignTenders,
        ["evaluation"] = Policies.CanRunEvaluation,
        ["evaluation/{id}"] = Policies.CanRunEvaluation,
        ["evaluation/{id}/bids/{bid}"] = Policies.CanRunEvaluation,
        ["evaluation/{id}/lots/{lot}"] = Policies.CanRunEvaluation,
        ["evaluation/panels"] = Policies.CanScoreBids,
        ["evaluation/panels/{id}"] = Policies.CanScoreBids,
        ["evaluation/panels/{id}/bids/{bid}"] = Policies.CanScoreBids,
        ["/api/write/designs"] = Policies.CanDesignTenders, // machine tokens only (Bearer)
        ["/api/write/designs/{id}"] = Policies.CanDesignTenders,
        ["bidding"] = Policies.CanSubmitBids,
        ["bidding/{designId}/lots/{lot}"] = Policies.CanSubmitBids,
        ["bidding/receipts/{bidId}"] = Policies.CanSubmitBids,
        ["bidding/questions/{bidId}"] = Policies.CanSubmitBids,
        ["bidding/summaries/{bidId}"] = Policies.CanSubmitBids,
        ["delivery/contracts"] = Policies.CanManageDelivery,
        ["delivery/contracts/{id}"] = Policies.CanManageDelivery,
        ["delivery/report"] = Policies.CanManageDelivery,
        ["delivery/reporting"] = Policies.CanReportDelivery,
        ["delivery/reporting/{id}"] = Policies.CanReportDelivery,
        ["delivery/verification"] = Policies.CanVerifyDelivery,
        ["delivery/verification/{reportId}"] = Policies.CanVerifyDelivery,
        ["delivery/files/{fileId}"] = Policies.CanUseAccount, // the store answers only the contract's buyer and supplier
    };

    /// <summary>The policies each role passes (with its second factor), written out rather than derived.</summary>
    private static readonly Dictionary<Role, string[]> Allowed = new()
    {
        [Role.Commissioner] = [Policies.CanUseAccount, Policies.CanInviteMembers, Policies.CanDesignTenders, Policies.CanRunEvaluation, Policies.CanManageDelivery, Policies.CanVerifyDelivery],
        [Role.Evaluator] = [Policies.CanUseAccount, Policies.CanScoreBids],
        [Role.Supplier] = [Policies.CanUseAccount, Policies.CanEditSupplierProfile, Policies.CanSubmitBids, Policies.CanReportDelivery],
        [Role.Verifier] = [Policies.CanUseAccount, Policies.CanVerifyEvidence, Policies.CanVerifyDelivery],
        [Role.Admin] = [Policies.CanUseAccount, Policies.CanManageInstance, Policies.CanInviteMembers, Policies.CanReadAuditTrail],
    };

    private static string Declared(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anyone;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return policies.Count == 1 ? policies[0] : policies.Count == 0 ? "(nothing: the signed-in fallback)" : string.Join("+", policies);
    }

    [Fact]
    public void EveryRoute_DeclaresWhoMayUseIt_AsTheMatrixSays()
    {
        // Arrange
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null).ToList();

        // Act
        var declared = endpoints.GroupBy(e => e.RoutePattern.RawText!.StartsWith("/api/write", StringComparison.Ordinal) ? e.RoutePattern.RawText!
                : e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal) ? "/api/..." : e.RoutePattern.RawText!)
            .ToDictionary(g => g.Key, g => g.Select(Declared).Distinct().ToList(), StringComparer.Ordinal);

        // Assert
        var api = declared["/api/..."];
        Assert.Equal([Anyone], api);
        var undecided = declared.Where(d => d.Key != "/api/..." && !Matrix.ContainsKey(d.Key)).Select(d => $"{d.Key} ({string.Join(", ", d.Value)})").ToList();
        Assert.True(undecided.Count == 0, $"routes with no line in the access matrix (decide who may use each): {string.Join("; ", undecided)}");
        var differing = declared.Where(d => Matrix.TryGetValue(d.Key, out var expected) && !d.Value.SequenceEqual([expected])).Select(d => $"{d.Key}: declares {string.Join(", ", d.Value)}, matrix says {Matrix[d.Key]}").ToList();
        Assert.True(differing.Count == 0, string.Join("; ", differing));
        Assert.True(!Matrix.Keys.Except(declared.Keys).Any(), $"matrix lines for routes that no longer exist: {string.Join(", ", Matrix.Keys.Except(declared.Keys))}");
    }

    [Fact]
    public async Task EveryPolicy_ForEveryRoleAndAnonymous_IsDecidedAsWritten()
    {
        // Arrange
        var directory = portal.Services.GetRequiredService<AccountDirectory>();
        var buyer = directory.AddOrganisation("Matrix Council", OrganisationSide.Buyer, null, "cli:test").Value;
        var supplier = directory.AddOrganisation("Matrix CIC", OrganisationSide.Supplier, null, "cli:test").Value;
        var verification = directory.AddOrganisation("Matrix Verifiers", OrganisationSide.Verification, null, "cli:test").Value;
        var instance = directory.Instance("Steward", "cli:test");
        var home = new Dictionary<Role, string> { [Role.Commissioner] = buyer.Id, [Role.Evaluator] = buyer.Id, [Role.Supplier] = supplier.Id, [Role.Verifier] = verification.Id, [Role.Admin] = instance.Id };

        // Act / Assert
        foreach (var role in Enum.GetValues<Role>())
        {
            var account = AccountIn(portal, $"matrix-{RoleNames.Of(role)}@example.org");
            Assert.True(directory.AddMember(account, home[role], role, "cli:test").IsSuccess);
            foreach (var policy in Policies.All.Keys)
            {
                var expected = Allowed[role].Contains(policy);
                Assert.True(expected == await DecideAsync(Principal(account, secondFactor: true), policy), $"{RoleNames.Of(role)} × {policy}: expected {(expected ? "allowed" : "refused")}");
                if (Capabilities.NeedsSecondFactor(role) && policy != Policies.CanUseAccount)
                {
                    Assert.False(await DecideAsync(Principal(account, secondFactor: false), policy), $"{RoleNames.Of(role)} without a second factor × {policy}: expected refused");
                }
            }
        }

        foreach (var policy in Policies.All.Keys)
        {
            Assert.False(await DecideAsync(new ClaimsPrincipal(new ClaimsIdentity()), policy), $"anonymous × {policy}: expected refused");
        }
    }

    private async Task<bool> DecideAsync(ClaimsPrincipal principal, string policy)
    {
        using var scope = portal.Services.CreateScope();
        var authorisation = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorisation.AuthorizeAsync(principal, policy)).Succeeded;
    }

    private static ClaimsPrincipal Principal(string accountId, bool secondFactor)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, accountId) };
        if (secondFactor)
        {
            claims.Add(new Claim(ActingAccount.MethodClaim, ActingAccount.SecondFactorMethod));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    private static string AccountIn(AccountPortal portal, string email)
    {
        using var context = Data.StewardDatabase.CreateContext(portal.Target);
        var account = new Data.Entities.AccountUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = "s" };
        context.Users.Add(account);
        context.SaveChanges();
        return account.Id;
    }
}
