namespace Steward.Core.Processes;

/// <summary>
/// A supplier's <c>parties[].details.scale</c> in words, as published: the EU profile's partyScale codelist, which
/// Find a Tender and Contracts Finder declare (open-contracting-extensions/european-union
/// <c>schema/profile/codelists/partyScale.csv</c>; ../shared/data/schema/extensions/eu-profile). Each says whether it
/// is an SME, because Steward counts <c>micro</c>, <c>small</c>, <c>medium</c> and <c>sme</c> as SMEs: the Central
/// Digital Platform publishes "small" for any supplier that declared itself small or medium-sized
/// (../shared/domain/ocds-uk.md §3 "Supplier size").
/// </summary>
public static class SupplierScales
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["micro"] = "Micro enterprise (SME)",
        ["sme"] = "Small or medium enterprise (SME)",
        ["small"] = "Small enterprise (SME)",
        ["medium"] = "Medium enterprise (SME)",
        ["large"] = "Large enterprise",
        ["selfEmployed"] = "Self-employed (sole trader)",
    };

    /// <summary>The scale in words ("sme" → "Small or medium enterprise (SME)"), any case; null for a code outside the codelist.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}
