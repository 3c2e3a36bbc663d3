namespace Steward.Data.Entities;

/// <summary>A register identifier of a supplier profile (table <c>supplier_profile_identifiers</c>): how profiles meet organisations.</summary>
public class SupplierProfileIdentifierRow
{
    public string Scheme { get; set; } = string.Empty;

    public string Identifier { get; set; } = string.Empty;

    public string ProfileId { get; set; } = string.Empty;
}
