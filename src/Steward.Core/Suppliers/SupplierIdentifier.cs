namespace Steward.Core.Suppliers;

/// <summary>
/// A register identifier of a supplier, in org-id.guide scheme form as OCDS uses it: <c>GB-COH</c> (Companies House),
/// <c>GB-CHC</c> (Charity Commission), <c>GB-PPON</c> (Central Digital Platform), <c>GB-MPR</c> (Mutuals Public Register).
/// </summary>
public sealed record SupplierIdentifier(string Scheme, string Id)
{
    /// <summary>The identifier as the store keys organisations: <c>SCHEME-ID</c>.</summary>
    public string Key => $"{Scheme}-{Id}";
}
