namespace Steward.Core.Suppliers;

/// <summary>
/// What the register knows of one supplier's business model: the profile JSON of docs/suppliers.md. Every fact may be
/// missing; a classification that needs a missing fact answers <see cref="Verdict.Unknown"/>, never a guess.
/// </summary>
public sealed record SupplierProfile
{
    public string? Name { get; init; }

    public IReadOnlyList<SupplierIdentifier> Identifiers { get; init; } = [];

    public LegalForm? LegalForm { get; init; }

    /// <summary>Governing documents lock the assets: on dissolution they go to social purposes, not owners.</summary>
    public bool? AssetLock { get; init; }

    /// <summary>The most of its distributable profit the governing documents let it pay to owners, 0–100 (a CIC: 35).</summary>
    public decimal? DividendCapPercent { get; init; }

    /// <summary>Its objects (governing documents) state a social, environmental or cultural purpose.</summary>
    public bool? SocialPurpose { get; init; }

    /// <summary>The objects clause or mission in its own words, for people reading the profile.</summary>
    public string? Purpose { get; init; }

    /// <summary>It operates wholly or partly to provide employment or employment-related support to disabled or disadvantaged people (PA 2023 s.32(4)).</summary>
    public bool? ProvidesSupportedEmployment { get; init; }

    /// <summary>It operates for the purpose of delivering public services (PA 2023 s.33(6)(a)).</summary>
    public bool? PublicServiceMission { get; init; }

    /// <summary>It is run on a not-for-profit basis (PA 2023 s.33(6)(b)).</summary>
    public bool? NotForProfit { get; init; }

    /// <summary>It distributes profits only to its members (PA 2023 s.33(6)(b)).</summary>
    public bool? DistributesOnlyToMembers { get; init; }

    /// <summary>The whole organisation's workforce.</summary>
    public Workforce Workforce { get; init; } = new();

    /// <summary>The part of the organisation that would perform a contract (PA 2023 s.32(4)(b)), when it differs.</summary>
    public Workforce? PerformingPart { get; init; }

    /// <summary>It is under the management and control of its employees (PA 2023 s.33(6)(c)).</summary>
    public bool? EmployeeControlled { get; init; }

    /// <summary>A public body controls it (owns a majority or appoints most of its board).</summary>
    public bool? PublicBodyControlled { get; init; }

    /// <summary>Its immediate parent, when it has one (name or identifier).</summary>
    public string? ParentOrganisation { get; init; }

    /// <summary>Its ultimate owner, when it has one.</summary>
    public string? UltimateOwner { get; init; }

    /// <summary>A private-equity fund owns or controls it.</summary>
    public bool? PrivateEquityOwned { get; init; }

    public IReadOnlyList<AnnualAccounts> Accounts { get; init; } = [];

    /// <summary>CPV codes of its main activities, most important first.</summary>
    public IReadOnlyList<string> MainActivityCpv { get; init; } = [];

    /// <summary>Documents that back the facts above, and who checked them.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The latest year's accounts, or null without any.</summary>
    public AnnualAccounts? LatestAccounts => Accounts.Count == 0 ? null : Accounts.MaxBy(a => a.Year);
}
