namespace Steward.Core.Processes;

/// <summary>
/// A buyer's type as Procurement Act notices publish it, in words: the UK_CA_TYPE classification's codes
/// (cabinetoffice/ocds_uk_extension <c>codelists/+itemClassificationScheme.csv</c>; the Central Digital Platform's
/// buyer organisation types; ../shared/domain/ocds-uk.md §3 "Buyer type"), named as the Act names contracting
/// authorities (PA 2023 s.2(1): a public authority, a public undertaking or a private utility). Older notices publish
/// TED_CA_TYPE words ("Body governed by public law"), which pages show as they are. Steward's own buyer types are
/// <see cref="BuyerKinds"/>.
/// </summary>
public static class PublishedBuyerTypes
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["publicAuthorityCentralGovernment"] = "Public authority: central government",
        ["publicAuthoritySubCentralGovernment"] = "Public authority: sub-central government",
        ["publicUndertaking"] = "Public undertaking",
        ["privateUtility"] = "Private utility",
        ["other"] = "Other",
    };

    /// <summary>The type in words ("publicUndertaking" → "Public undertaking"), any case; null for anything else (including TED's words).</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}
