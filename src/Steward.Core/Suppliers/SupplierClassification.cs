namespace Steward.Core.Suppliers;

/// <summary>The five classifications of one profile: the <c>steward suppliers classify</c> contract (docs/suppliers.md).</summary>
public sealed record SupplierClassification(
    Classification Sme,
    Classification Vcse,
    Classification SocialEnterprise,
    Classification SupportedEmploymentProvider,
    Classification PublicServiceMutual)
{
    /// <summary>The classifications with their JSON keys, in contract order.</summary>
    public IEnumerable<(string Key, Classification Classification)> All =>
    [
        ("sme", Sme), ("vcse", Vcse), ("socialEnterprise", SocialEnterprise),
        ("supportedEmploymentProvider", SupportedEmploymentProvider), ("publicServiceMutual", PublicServiceMutual),
    ];
}
