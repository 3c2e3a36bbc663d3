namespace Steward.Data.Entities;

/// <summary>
/// An organisation people act for in Steward (table <c>account_organisations</c>): a buyer, a supplier, a verifier or
/// the instance itself. A buyer or supplier is linked by its identifier (GB-PPON, GB-COH, …) to the published
/// organisation it is, and a supplier to its register profile. No foreign key to imported tables: a rebuild
/// replaces those.
/// </summary>
public class AccountOrganisationRow : IAuditedRow
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary><c>buyer</c>, <c>supplier</c>, <c>verification</c> or <c>instance</c> (Core.Accounts.RoleNames).</summary>
    public string Side { get; set; } = string.Empty;

    /// <summary>The identifier's scheme (org-id.guide prefix, e.g. GB-COH), when it has one.</summary>
    public string? Scheme { get; set; }

    public string? Identifier { get; set; }

    /// <summary>The published organisation (organisations.id) it is, when found.</summary>
    public string? OrganisationId { get; set; }

    /// <summary>The supplier register profile (supplier_profiles.id) it edits, for a supplier.</summary>
    public string? SupplierProfileId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>A buyer's setting: its tender boxes are opened by two different people, one asking and one confirming.</summary>
    public bool TwoPersonOpening { get; set; }

    /// <summary>A buyer's setting: the working-day calendar its standstill periods count on (all-uk, england-and-wales, scotland, northern-ireland); null for the instance's default.</summary>
    public string? StandstillCalendar { get; set; }

    string IAuditedRow.AuditSubject => $"organisation:{Id}";

    IReadOnlyDictionary<string, string?> IAuditedRow.AuditFacts() => new Dictionary<string, string?>
    {
        ["name"] = Name,
        ["side"] = Side,
        ["identifier"] = Scheme is null ? null : $"{Scheme}-{Identifier}",
        ["published"] = OrganisationId,
        ["profile"] = SupplierProfileId,
        ["twoPersonOpening"] = TwoPersonOpening ? "true" : null,
        ["standstillCalendar"] = StandstillCalendar,
    };
}
