using Microsoft.EntityFrameworkCore;
using Steward.Core.Accounts;
using Steward.Core.Common;
using Steward.Data.Entities;

namespace Steward.Data.Accounts;

public sealed partial class AccountDirectory
{
    /// <summary>The prefix every Steward token starts with, so that leaked ones are easy to recognise and scan for.</summary>
    public const string TokenPrefix = "stw_";

    /// <summary>Issues a token for machine clients of the write API, acting for <paramref name="organisationId"/> with <paramref name="scopes"/>.</summary>
    public Result<IssuedToken> IssueToken(string organisationId, string name, IReadOnlyList<Capability> scopes, TimeSpan? validFor, string actor)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (string.IsNullOrWhiteSpace(name))
        {
            return new Error("TOKEN_NAME", "name: say what the token is for, e.g. \"Contract register sync\"");
        }

        if (scopes.Count == 0 || scopes.Contains(Capability.ManageInstance) || scopes.Contains(Capability.UseAccount))
        {
            return new Error("TOKEN_SCOPES", "scopes: choose what the token may do (editing a supplier's profile, verifying evidence, designing tenders); never running the instance");
        }

        return Write(actor, context =>
        {
            var organisation = context.AccountOrganisations.AsNoTracking().FirstOrDefault(o => o.Id == organisationId);
            if (organisation is null)
            {
                return Result<IssuedToken>.Failure(AccountErrors.OrganisationNotFound(organisationId));
            }

            var side = ParseSide(organisation.Side);
            var refused = scopes.Where(s => !Enum.GetValues<Role>().Any(r => Capabilities.Allows(side, r) && Capabilities.Grants(r, s))).ToList();
            if (refused.Count > 0)
            {
                return new Error("TOKEN_SCOPES", $"scopes: a {organisation.Side} organisation's members cannot {string.Join(" or ", refused)}, so neither can its token");
            }

            var id = _newId().ToString("N");
            var secret = $"{TokenPrefix}{id}_{Secrets.New()}";
            var now = time.GetUtcNow().UtcDateTime;
            var row = new ApiTokenRow
            {
                Id = id,
                Name = name.Trim(),
                SecretHash = Secrets.HashOf(secret),
                OrganisationId = organisationId,
                Scopes = string.Join(' ', scopes.Distinct()),
                IssuedBy = actor,
                IssuedAt = now,
                ExpiresAt = validFor is { } span ? now + span : null,
            };
            context.ApiTokens.Add(row);
            context.SaveChanges();
            return Result<IssuedToken>.Success(new IssuedToken(ToToken(row, organisation), secret));
        });
    }

    /// <summary>The working token with this secret, or null (unknown, revoked or expired).</summary>
    public ApiToken? FindToken(string secret) => Read(context =>
    {
        var hash = Secrets.HashOf(secret);
        var row = context.ApiTokens.AsNoTracking().FirstOrDefault(t => t.SecretHash == hash);
        if (row is null)
        {
            return null;
        }

        var token = ToToken(row, context.AccountOrganisations.AsNoTracking().First(o => o.Id == row.OrganisationId));
        return token.WorksAt(time.GetUtcNow()) ? token : null;
    });

    public IReadOnlyList<ApiToken> Tokens() => Read(context =>
        (from t in context.ApiTokens.AsNoTracking()
         join o in context.AccountOrganisations.AsNoTracking() on t.OrganisationId equals o.Id
         orderby t.IssuedAt descending
         select new { t, o }).ToList().Select(x => ToToken(x.t, x.o)).ToList());

    /// <summary>Stops a token working at once; false when there is no such working token.</summary>
    public bool RevokeToken(string id, string actor) => Write(actor, context =>
    {
        var row = context.ApiTokens.FirstOrDefault(t => t.Id == id && t.RevokedAt == null);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt = time.GetUtcNow().UtcDateTime;
        context.SaveChanges();
        return true;
    });

    private static ApiToken ToToken(ApiTokenRow row, AccountOrganisationRow organisation) => new(row.Id, row.Name, ToOrganisation(organisation),
        [.. row.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Capability>)], row.IssuedBy,
        DateTime.SpecifyKind(row.IssuedAt, DateTimeKind.Utc), row.ExpiresAt is { } e ? DateTime.SpecifyKind(e, DateTimeKind.Utc) : null,
        row.RevokedAt is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null);
}
