using Microsoft.AspNetCore.Identity;

namespace Steward.Data.Entities;

/// <summary>
/// A person's account (table <c>accounts</c>, ASP.NET Core Identity's user). The e-mail is the user name; it is
/// personal data, never shown publicly, exported or logged. The id is what the audit trail keeps (pseudonymous), and
/// it stays there after the account is deleted.
/// </summary>
public class AccountUser : IdentityUser, IAuditedRow
{
    public DateTime CreatedAt { get; set; }

    /// <summary>The organisation the person last chose to act for (one of their memberships' organisations).</summary>
    public string? ActingOrganisationId { get; set; }

    string IAuditedRow.AuditSubject => $"account:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>();
}
