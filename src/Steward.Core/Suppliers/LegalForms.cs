using System.Collections.Frozen;

namespace Steward.Core.Suppliers;

/// <summary>The profile codes of <see cref="LegalForm"/> and what the law itself fixes for some forms.</summary>
public static class LegalForms
{
    private static readonly FrozenDictionary<LegalForm, string> Codes = new Dictionary<LegalForm, string>
    {
        [LegalForm.CompanyLimitedByShares] = "company-limited-by-shares",
        [LegalForm.CompanyLimitedByGuarantee] = "company-limited-by-guarantee",
        [LegalForm.CicShares] = "cic-shares",
        [LegalForm.CicGuarantee] = "cic-guarantee",
        [LegalForm.Charity] = "charity",
        [LegalForm.Cio] = "cio",
        [LegalForm.CooperativeSociety] = "cooperative-society",
        [LegalForm.CommunityBenefitSociety] = "community-benefit-society",
        [LegalForm.Plc] = "plc",
        [LegalForm.Llp] = "llp",
        [LegalForm.Partnership] = "partnership",
        [LegalForm.SoleTrader] = "sole-trader",
        [LegalForm.PublicBody] = "public-body",
        [LegalForm.Other] = "other",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, LegalForm> ByCode =
        Codes.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every code, in declaration order, for messages and documentation.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [.. Enum.GetValues<LegalForm>().Select(form => Codes[form])];

    /// <summary>The profile code of <paramref name="form"/>, e.g. <c>cic-shares</c>.</summary>
    public static string Code(this LegalForm form) => Codes[form];

    /// <summary>The form a code names (exact, lower case), or null for an unknown code.</summary>
    public static LegalForm? Parse(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var form) ? form : null;

    /// <summary>
    /// Whether the law itself locks the assets of this form: a CIC (CIC Regulations 2005, the statutory asset lock), a
    /// charity or CIO (Charities Act 2011: property held for charitable purposes only). Other forms can adopt a lock
    /// in their governing documents; the profile's <c>assetLock</c> says so.
    /// </summary>
    public static bool HasStatutoryAssetLock(this LegalForm form) =>
        form is LegalForm.CicShares or LegalForm.CicGuarantee or LegalForm.Charity or LegalForm.Cio;

    /// <summary>
    /// Whether the law gives this form a social purpose: a charity or CIO (charitable purposes for the public benefit,
    /// Charities Act 2011 s.2), a CIC (community interest test, CAICE Act 2004 s.35), a community benefit society
    /// (Co-operative and Community Benefit Societies Act 2014 s.2(2)(a)(ii)).
    /// </summary>
    public static bool HasStatutorySocialPurpose(this LegalForm form) =>
        form is LegalForm.Charity or LegalForm.Cio or LegalForm.CicShares or LegalForm.CicGuarantee or LegalForm.CommunityBenefitSociety;

    /// <summary>Whether the form cannot distribute profit to owners at all (a charity or CIO).</summary>
    public static bool CannotDistribute(this LegalForm form) => form is LegalForm.Charity or LegalForm.Cio;
}
