using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Data.Entities;

namespace Steward.Data.Accounts;

/// <summary>
/// Organisations people act for, their members and roles (docs/accounts.md). Every change goes through the store's
/// audit trail with the actor given. Accounts themselves are ASP.NET Core Identity's (the portal's UserManager).
/// </summary>
public sealed partial class AccountDirectory(DatabaseTarget target, TimeProvider time, Func<Guid>? newId = null)
{
    private readonly Func<Guid> _newId = newId ?? (() => Guid.CreateVersion7(time.GetUtcNow()));

    /// <summary>
    /// Adds an organisation; a buyer or supplier with an identifier (<c>SCHEME-id</c>) is linked to the published
    /// organisation that identifier belongs to and, for a supplier, to its register profile.
    /// </summary>
    public Result<AccountOrganisation> AddOrganisation(string name, OrganisationSide side, string? identifier, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string? scheme = null, id = null;
        if (!string.IsNullOrWhiteSpace(identifier))
        {
            if (ParseIdentifier(identifier) is not { } parsed)
            {
                return AccountErrors.BadIdentifier(identifier);
            }

            (scheme, id) = parsed;
        }

        return Write(actor, context =>
        {
            if (scheme is not null && context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Scheme == scheme && o.Identifier == id) is { } taken)
            {
                return Result<AccountOrganisation>.Failure(AccountErrors.IdentifierTaken($"{scheme}-{id}", taken.Name));
            }

            var row = new AccountOrganisationRow
            {
                Id = _newId().ToString("N"),
                Name = name.Trim(),
                Side = RoleNames.Of(side),
                Scheme = scheme,
                Identifier = id,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            Relink(context, row);
            context.AccountOrganisations.Add(row);
            context.SaveChanges();
            return ToOrganisation(row);
        });
    }

    /// <summary>Every organisation, by name.</summary>
    public IReadOnlyList<AccountOrganisation> Organisations() => Read(context =>
        context.AccountOrganisations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).ToList().Select(o => Linked(context, o)).ToList());

    public AccountOrganisation? Organisation(string id) =>
        Read(context => context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == id) is { } row ? Linked(context, row) : null);

    /// <summary>
    /// The organisation with its links as the store has them now: a buyer or supplier added before its published
    /// record (or profile) was imported is linked as soon as one is.
    /// </summary>
    private static AccountOrganisation Linked(StewardDbContext context, AccountOrganisationRow row)
    {
        if (row.Scheme is not null && (row.OrganisationId is null || (row.SupplierProfileId is null && row.Side == RoleNames.Of(OrganisationSide.Supplier))))
        {
            Relink(context, row);
        }

        return ToOrganisation(row);
    }

    /// <summary>The organisation running this instance (where admins belong), made when first asked for.</summary>
    public AccountOrganisation Instance(string name, string actor) => Write(actor, context =>
    {
        var instance = RoleNames.Of(OrganisationSide.Instance);
        var row = context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Side == instance);
        if (row is null)
        {
            row = new AccountOrganisationRow { Id = _newId().ToString("N"), Name = name, Side = instance, CreatedAt = time.GetUtcNow().UtcDateTime };
            context.AccountOrganisations.Add(row);
            context.SaveChanges();
        }

        return ToOrganisation(row);
    });

    /// <summary>Every role <paramref name="accountId"/> holds, organisation by organisation.</summary>
    public IReadOnlyList<Membership> MembershipsOf(string accountId) => Read(context =>
        (from m in context.Memberships.AsNoTracking()
         join o in context.AccountOrganisations.AsNoTracking() on m.OrganisationId equals o.Id
         where m.AccountId == accountId
         orderby o.Name, m.Role
         select new { o, m.Role }).ToList()
        .Select(x => new Membership(Linked(context, x.o), ParseRole(x.Role))).ToList());

    /// <summary>The members of an organisation: account ids (pseudonymous) and roles.</summary>
    public IReadOnlyList<Member> Members(string organisationId) => Read(context =>
        context.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId).OrderBy(m => m.AddedAt).ThenBy(m => m.Id)
            .AsEnumerable().Select(m => new Member(m.AccountId, ParseRole(m.Role), DateTime.SpecifyKind(m.AddedAt, DateTimeKind.Utc))).ToList());

    /// <summary>Gives <paramref name="accountId"/> <paramref name="role"/> in an organisation on a side that allows it.</summary>
    public Result<Membership> AddMember(string accountId, string organisationId, Role role, string actor) => Write(actor, context =>
    {
        var added = AddMember(context, accountId, organisationId, role);
        if (added.IsSuccess)
        {
            context.SaveChanges();
        }

        return added;
    });

    /// <summary>Takes a role away; false when the person did not hold it.</summary>
    public bool RemoveMember(string accountId, string organisationId, Role role, string actor) => Write(actor, context =>
    {
        var name = RoleNames.Of(role);
        var row = context.Memberships.FirstOrDefault(m => m.AccountId == accountId && m.OrganisationId == organisationId && m.Role == name);
        if (row is null)
        {
            return false;
        }

        context.Memberships.Remove(row);
        context.SaveChanges();
        return true;
    });

    private Result<Membership> AddMember(StewardDbContext context, string accountId, string organisationId, Role role)
    {
        var organisation = context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == organisationId);
        if (organisation is null)
        {
            return AccountErrors.OrganisationNotFound(organisationId);
        }

        if (!context.Users.AsNoTracking().Any(u => u.Id == accountId))
        {
            return AccountErrors.AccountNotFound(accountId);
        }

        var side = ParseSide(organisation.Side);
        if (!Capabilities.Allows(side, role))
        {
            return AccountErrors.RoleNotOnSide(RoleNames.Of(role), organisation.Side);
        }

        var name = RoleNames.Of(role);
        if (context.Memberships.Any(m => m.AccountId == accountId && m.OrganisationId == organisationId && m.Role == name))
        {
            return AccountErrors.AlreadyMember(name, organisation.Name);
        }

        context.Memberships.Add(new MembershipRow { AccountId = accountId, OrganisationId = organisationId, Role = name, AddedAt = time.GetUtcNow().UtcDateTime });
        return new Membership(ToOrganisation(organisation), role);
    }

    /// <summary>Links a row to the published organisation and the register profile its identifier belongs to.</summary>
    private static void Relink(StewardDbContext context, AccountOrganisationRow row)
    {
        if (row.Scheme is null)
        {
            return;
        }

        row.OrganisationId ??= context.OrganisationIdentifiers.AsNoTracking()
            .Where(i => i.Scheme == row.Scheme && i.Identifier == row.Identifier).Select(i => i.OrganisationId).FirstOrDefault();
        if (row.Side == RoleNames.Of(OrganisationSide.Supplier))
        {
            row.SupplierProfileId ??= context.SupplierProfileIdentifiers.AsNoTracking()
                .Where(i => i.Scheme == row.Scheme && i.Identifier == row.Identifier).Select(i => i.ProfileId).FirstOrDefault();
        }
    }

    /// <summary><c>GB-COH-01234567</c> → (<c>GB-COH</c>, <c>01234567</c>): the scheme is the country code and the register's code.</summary>
    public static (string Scheme, string Id)? ParseIdentifier(string text)
    {
        var parts = text.Trim().Split('-', 3);
        return parts is [{ Length: 2 } country, { Length: > 0 } register, { Length: > 0 } id] && country.All(char.IsAsciiLetter) && register.All(char.IsAsciiLetterOrDigit)
            ? ($"{country.ToUpperInvariant()}-{register.ToUpperInvariant()}", id.Trim())
            : null;
    }

    private static AccountOrganisation ToOrganisation(AccountOrganisationRow row) =>
        new(row.Id, row.Name, ParseSide(row.Side), row.Scheme is null ? null : $"{row.Scheme}-{row.Identifier}", row.OrganisationId, row.SupplierProfileId);

    private static Role ParseRole(string text) =>
        RoleNames.TryParseRole(text, out var role) ? role : throw new InvalidOperationException($"The store holds an unknown role \"{text}\".");

    private static OrganisationSide ParseSide(string text) =>
        RoleNames.TryParseSide(text, out var side) ? side : throw new InvalidOperationException($"The store holds an unknown organisation side \"{text}\".");

    private T Read<T>(Func<StewardDbContext, T> body) => StoreWork.Read(target, body);

    private T Write<T>(string actor, Func<StewardDbContext, T> body) => StoreWork.Write(target, actor, time, body);
}
