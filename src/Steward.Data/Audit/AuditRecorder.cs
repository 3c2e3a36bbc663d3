using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Steward.Core.Audit;
using Steward.Data.Entities;

namespace Steward.Data.Audit;

/// <summary>
/// Turns the changes a <see cref="StewardDbContext"/> is about to save into audit-trail changes: every added, changed
/// or removed <see cref="IAuditedRow"/> and Identity row (logins, authenticator keys, passkeys, claims). Changed rows
/// name the fields that changed, never their values; Identity's tokens are named, never copied.
/// </summary>
internal static class AuditRecorder
{
    /// <summary>Fields Identity rewrites on every save, which say nothing on their own.</summary>
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal) { nameof(IdentityUser.ConcurrencyStamp) };

    public static List<AuditChange> Collect(DbContext context, string actor)
    {
        var changes = new List<AuditChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var described = Describe(entry.Entity);
            if (described is null)
            {
                continue;
            }

            var (kind, subject, facts) = described.Value;
            var fields = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && !Noise.Contains(p.Metadata.Name) && !Same(p)).Select(p => p.Metadata.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            if (entry.State == EntityState.Modified && fields.Count == 0)
            {
                continue;
            }

            var verb = entry.State switch { EntityState.Added => "added", EntityState.Deleted => "removed", _ => "changed" };
            changes.Add(new AuditChange(actor, $"{kind}.{verb}", subject, Details(facts, fields)));
        }

        return changes;
    }

    /// <summary>An entry for an act that changes no row, with its facts.</summary>
    public static AuditChange Note(string actor, string action, string subject, IReadOnlyDictionary<string, string?> facts) =>
        new(actor, action, subject, Details(facts, []));

    private static bool Same(PropertyEntry property) => Equals(property.OriginalValue, property.CurrentValue);

    private static (string Kind, string Subject, IReadOnlyDictionary<string, string?> Facts)? Describe(object entity) => entity switch
    {
        IAuditedRow row => (KindOf(row), row.AuditSubject, row.AuditFacts()),
        IdentityUserLogin<string> login => ("account-login", $"account:{login.UserId}", new Dictionary<string, string?> { ["provider"] = login.LoginProvider }),
        IdentityUserToken<string> token => ("account-secret", $"account:{token.UserId}", new Dictionary<string, string?> { ["name"] = token.Name, ["provider"] = token.LoginProvider }),
        IdentityUserPasskey<string> passkey => ("account-passkey", $"account:{passkey.UserId}", new Dictionary<string, string?>()),
        IdentityUserClaim<string> claim => ("account-claim", $"account:{claim.UserId}", new Dictionary<string, string?> { ["type"] = claim.ClaimType }),
        _ => null,
    };

    private static string KindOf(IAuditedRow row) => row switch
    {
        AccountUser => "account",
        AccountOrganisationRow => "organisation",
        MembershipRow => "membership",
        InvitationRow => "invitation",
        ApiTokenRow => "token",
        SupplierProfileRow => "profile",
        ProfileDraftRow => "profile-draft",
        EvidenceFileRow => "evidence",
        GoalRow => "goal",
        TenderDesignRow => "design",
        TenderBoxRow => "tender-box",
        SealedBidRow => "bid",
        SealedBidFileRow => "bid-file",
        PanelMemberRow => "panel",
        ConflictDeclarationRow => "conflict-declaration",
        ConflictsAssessmentRow => "conflicts-assessment",
        EvaluatorScoreRow => "mark",
        ModeratedScoreRow => "moderation",
        AltReviewRow => "abnormally-low",
        LotAwardRow => "award",
        AssessmentSummaryRow => "assessment-summary",
        DeliveryContractRow => "delivery-contract",
        DeliveryKpiRow => "delivery-kpi",
        DeliveryReportRow => "delivery-report",
        DeliveryFileRow => "delivery-file",
        PerformanceRatingRow => "performance-rating",
        ProxyLibraryRow => "proxy-library",
        _ => row.GetType().Name.Replace("Row", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
    };

    /// <summary>A compact JSON object: the facts (sorted, nulls left out) and, for a change, the fields that changed.</summary>
    private static string Details(IReadOnlyDictionary<string, string?> facts, List<string> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in facts.Where(f => f.Value is not null).OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            if (fields.Count > 0)
            {
                writer.WriteStartArray("fields");
                foreach (var field in fields)
                {
                    writer.WriteStringValue(field);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
