namespace Steward.Core.Suppliers;

/// <summary>
/// A supplier's legal form, as the profile JSON names it (<see cref="LegalForms.Code"/>): the kebab-case codes in
/// docs/suppliers.md. The form alone decides little; <see cref="LegalForms"/> says what the law fixes for each.
/// </summary>
public enum LegalForm
{
    /// <summary><c>company-limited-by-shares</c> (private company, Companies Act 2006).</summary>
    CompanyLimitedByShares,

    /// <summary><c>company-limited-by-guarantee</c>.</summary>
    CompanyLimitedByGuarantee,

    /// <summary><c>cic-shares</c>: community interest company limited by shares (Companies (Audit, Investigations and Community Enterprise) Act 2004).</summary>
    CicShares,

    /// <summary><c>cic-guarantee</c>: community interest company limited by guarantee.</summary>
    CicGuarantee,

    /// <summary><c>charity</c>: a registered charity (Charities Act 2011), whatever its corporate form.</summary>
    Charity,

    /// <summary><c>cio</c>: charitable incorporated organisation.</summary>
    Cio,

    /// <summary><c>cooperative-society</c> (Co-operative and Community Benefit Societies Act 2014 s.2, bona fide co-operative).</summary>
    CooperativeSociety,

    /// <summary><c>community-benefit-society</c> (same Act, business conducted for the benefit of the community).</summary>
    CommunityBenefitSociety,

    /// <summary><c>plc</c>: public limited company.</summary>
    Plc,

    /// <summary><c>llp</c>: limited liability partnership.</summary>
    Llp,

    /// <summary><c>partnership</c>.</summary>
    Partnership,

    /// <summary><c>sole-trader</c>.</summary>
    SoleTrader,

    /// <summary><c>public-body</c>: a contracting authority or other public body.</summary>
    PublicBody,

    /// <summary><c>other</c>.</summary>
    Other,
}
