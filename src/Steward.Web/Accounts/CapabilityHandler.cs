using Microsoft.AspNetCore.Authorization;
using Steward.Core.Accounts;

namespace Steward.Web.Accounts;

/// <summary>
/// Grants a capability when a role the person holds in the organisation they act for grants it and, for a role that
/// can see confidential material, when they signed in with their second factor (Capabilities.NeedsSecondFactor).
/// </summary>
public sealed class CapabilityHandler(ActingAccount acting) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.User.FindFirst(ApiTokenHandler.TokenClaim) is not null)
        {
            // A machine token: what it was issued for, nothing more (never a person's account pages).
            if (requirement.Capability != Capability.UseAccount && context.User.HasClaim(ApiTokenHandler.ScopeClaim, requirement.Capability.ToString()))
            {
                context.Succeed(requirement);
            }

            return;
        }

        var current = await acting.ForAsync(context.User).ConfigureAwait(false);
        if (current is null)
        {
            return;
        }

        if (requirement.Capability == Capability.UseAccount || current.Allows(requirement.Capability))
        {
            context.Succeed(requirement);
        }
    }
}
