namespace Steward.Data.Entities;

/// <summary>
/// One change to a supplier profile (table <c>supplier_profile_changes</c>): who, when, what (the fields that changed)
/// and the profile before and after. Rows are only ever added.
/// </summary>
public class SupplierProfileChangeRow
{
    public long Id { get; set; }

    public string ProfileId { get; set; } = string.Empty;

    public int Version { get; set; }

    public DateTime ChangedAt { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    /// <summary><c>created</c>, <c>updated</c>, <c>linked</c> or <c>unlinked</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The top-level profile fields that changed, comma-separated (or the organisation linked).</summary>
    public string Fields { get; set; } = string.Empty;

    public string? Before { get; set; }

    public string? After { get; set; }
}
