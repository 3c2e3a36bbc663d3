using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Data.Entities;

namespace Steward.Data.Accounts;

public sealed partial class AccountDirectory
{
    /// <summary>The longest an invitation may stay open: a week.</summary>
    public static readonly TimeSpan LongestInvitation = TimeSpan.FromDays(7);

    /// <summary>Invites somebody to an organisation with a role, by a single-use link valid for <paramref name="validFor"/>.</summary>
    public Result<Invitation> Invite(string organisationId, Role role, TimeSpan validFor, string actor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validFor, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(validFor, LongestInvitation);
        return Write(actor, context =>
        {
            var organisation = context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == organisationId);
            if (organisation is null)
            {
                return Result<Invitation>.Failure(AccountErrors.OrganisationNotFound(organisationId));
            }

            if (!Capabilities.Allows(ParseSide(organisation.Side), role))
            {
                return AccountErrors.RoleNotOnSide(RoleNames.Of(role), organisation.Side);
            }

            var token = Secrets.New();
            var now = time.GetUtcNow();
            var row = new InvitationRow
            {
                Id = _newId().ToString("N"),
                TokenHash = Secrets.HashOf(token),
                OrganisationId = organisationId,
                Role = RoleNames.Of(role),
                InvitedBy = actor,
                CreatedAt = now.UtcDateTime,
                ExpiresAt = (now + validFor).UtcDateTime,
            };
            context.Invitations.Add(row);
            context.SaveChanges();
            return new Invitation(row.Id, token, ToOrganisation(organisation), role, now + validFor);
        });
    }

    /// <summary>What the invitation with <paramref name="token"/> offers, or why it can no longer be used.</summary>
    public Result<PendingInvitation> Check(string token) => Read(context => Check(context, token));

    /// <summary>
    /// Accepts an invitation for <paramref name="accountId"/>: adds the membership and spends the link, together or
    /// not at all.
    /// </summary>
    public Result<Membership> Accept(string token, string accountId) => Write(Actors.Account(accountId), context =>
    {
        if (context.Database.IsNpgsql())
        {
            // Two people opening one link at once: the second waits here, then finds it spent.
            var hash = Secrets.HashOf(token ?? string.Empty);
            context.Database.ExecuteSql($"SELECT 1 FROM invitations WHERE token_hash = {hash} FOR UPDATE");
        }

        var pending = Check(context, token!);
        if (!pending.IsSuccess)
        {
            return Result<Membership>.Failure(pending.Error!);
        }

        var row = context.Invitations.First(i => i.Id == pending.Value.Id);
        var added = AddMember(context, accountId, row.OrganisationId, pending.Value.Role);
        if (!added.IsSuccess)
        {
            return added;
        }

        row.AcceptedAt = time.GetUtcNow().UtcDateTime;
        row.AcceptedBy = accountId;
        context.SaveChanges();
        return added;
    });

    /// <summary>Withdraws an invitation not yet used; false when there is none such.</summary>
    public bool Revoke(string invitationId, string actor) => Write(actor, context =>
    {
        var row = context.Invitations.FirstOrDefault(i => i.Id == invitationId && i.AcceptedAt == null && i.RevokedAt == null);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt = time.GetUtcNow().UtcDateTime;
        context.SaveChanges();
        return true;
    });

    private Result<PendingInvitation> Check(StewardDbContext context, string token)
    {
        var hash = Secrets.HashOf(token ?? string.Empty);
        var row = context.Invitations.AsNoTracking().FirstOrDefault(i => i.TokenHash == hash);
        if (row is null)
        {
            return AccountErrors.InvitationUnknown();
        }

        var expires = new DateTimeOffset(DateTime.SpecifyKind(row.ExpiresAt, DateTimeKind.Utc));
        if (row.AcceptedAt is not null)
        {
            return AccountErrors.InvitationUsed();
        }

        if (row.RevokedAt is not null)
        {
            return AccountErrors.InvitationRevoked();
        }

        if (time.GetUtcNow() >= expires)
        {
            return AccountErrors.InvitationExpired(expires);
        }

        var organisation = context.AccountOrganisations.AsNoTracking().First(o => o.Id == row.OrganisationId);
        return new PendingInvitation(row.Id, ToOrganisation(organisation), ParseRole(row.Role), expires);
    }
}
