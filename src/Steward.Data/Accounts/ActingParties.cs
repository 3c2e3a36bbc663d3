using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;

namespace Steward.Data.Accounts;

/// <summary>
/// Resolves the CLI's --by: an account's id or e-mail means that account (the trail keeps its id, histories show its
/// role and organisation, never the e-mail); anything else is a role or team, kept as given.
/// </summary>
public static class ActingParties
{
    public static ActingParty Resolve(DatabaseTarget target, string by)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            var text = by.Trim();
            var normalised = text.ToUpperInvariant();
            var account = context.Users.AsNoTracking().FirstOrDefault(u => u.Id == text || u.NormalizedEmail == normalised);
            if (account is null)
            {
                return ActingParty.Cli(text);
            }

            var membership = (from m in context.Memberships.AsNoTracking()
                              join o in context.AccountOrganisations.AsNoTracking() on m.OrganisationId equals o.Id
                              where m.AccountId == account.Id
                              orderby m.AddedAt
                              select new { m.Role, o.Name }).FirstOrDefault();
            return new ActingParty(Actors.Account(account.Id), membership is null ? "A Steward account" : Shown(membership.Role, membership.Name));
        });
    }

    /// <summary>"Verifier, Anytown Council": how a person acting for an organisation is shown.</summary>
    public static string Shown(string role, string organisation) =>
        $"{char.ToUpperInvariant(role[0])}{role[1..]}, {organisation}";

    public static string Shown(Role role, string organisation) => Shown(RoleNames.Of(role), organisation);
}
