using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Web.Accounts;

/// <summary>
/// A person's own data (UK GDPR arts. 15 and 17): everything Steward holds about their account, as JSON, and deleting
/// it. What the audit trail must keep stays, under the account's id only (pseudonymous): the trail never held the
/// e-mail, and its entries cannot be removed without breaking the chain.
/// </summary>
public sealed class AccountData(UserManager<AccountUser> users, StewardDbContext store, AccountDirectory directory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<byte[]> ExportAsync(AccountUser account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var logins = await users.GetLoginsAsync(account).ConfigureAwait(false);
        var actor = Actors.Account(account.Id);
        var entries = await store.AuditEntries.AsNoTracking().Where(e => e.Actor == actor || e.Subject == actor).OrderBy(e => e.Sequence).ToListAsync().ConfigureAwait(false);
        var export = new
        {
            account = new
            {
                id = account.Id,
                email = account.Email,
                emailConfirmed = account.EmailConfirmed,
                created = DateTime.SpecifyKind(account.CreatedAt, DateTimeKind.Utc),
                authenticatorApp = account.TwoFactorEnabled,
                lockedOutUntil = account.LockoutEnd,
                signInProviders = logins.Select(l => l.ProviderDisplayName ?? l.LoginProvider),
            },
            memberships = directory.MembershipsOf(account.Id).Select(m => new { organisation = m.Organisation.Name, organisationId = m.Organisation.Id, role = Core.Accounts.RoleNames.Of(m.Role) }),
            auditTrail = entries.Select(e => new { sequence = e.Sequence, at = DateTime.SpecifyKind(e.At, DateTimeKind.Utc), action = e.Action, subject = e.Subject, details = JsonDocument.Parse(e.Details).RootElement }),
            kept = "If you delete your account, the audit trail keeps these entries under your account's id, which no longer leads to you.",
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Indented);
    }

    /// <summary>Deletes the account, its memberships, sign-in links, keys and passkeys; the audit trail records it by id.</summary>
    public async Task<IdentityResult> DeleteAsync(AccountUser account)
    {
        ArgumentNullException.ThrowIfNull(account);
        foreach (var membership in directory.MembershipsOf(account.Id))
        {
            directory.RemoveMember(account.Id, membership.Organisation.Id, membership.Role, Actors.Account(account.Id));
        }

        store.AuditActor = Actors.Account(account.Id);
        return await users.DeleteAsync(account).ConfigureAwait(false);
    }
}
