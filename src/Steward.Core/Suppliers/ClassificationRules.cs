namespace Steward.Core.Suppliers;

/// <summary>
/// The thresholds a classification uses. Those the law fixes are constants with their reference; those it leaves
/// open are settings with the defaults documented in docs/suppliers.md ("Settings").
/// </summary>
public sealed record ClassificationRules
{
    /// <summary>PA 2023 s.123 ("small and medium-sized enterprise"): fewer than 250 staff.</summary>
    public const int SmeStaffLimit = 250;

    /// <summary>PA 2023 s.123: annual turnover of £44m or less …</summary>
    public const decimal SmeTurnoverLimit = 44_000_000m;

    /// <summary>… or a balance-sheet total of £38m or less.</summary>
    public const decimal SmeBalanceSheetLimit = 38_000_000m;

    /// <summary>PA 2023 s.32(4): disabled or disadvantaged people are at least 30% of the workforce.</summary>
    public const decimal SupportedEmploymentShare = 30m;

    /// <summary>The defaults.</summary>
    public static ClassificationRules Default { get; } = new();

    /// <summary>How the SME staff test counts staff (the Act says "staff"; default headcount).</summary>
    public StaffBasis SmeStaffBasis { get; init; } = StaffBasis.Headcount;

    /// <summary>How s.32's 30% is measured (the Act is silent; default headcount, as PCR 2015 reg 20 "employees" was read).</summary>
    public StaffBasis SupportedEmploymentBasis { get; init; } = StaffBasis.Headcount;

    /// <summary>
    /// VCSE "principally reinvests its surpluses" (Procurement Regulations 2024 reg 32(2)(g)(iv)(bb)): reinvested share
    /// of surplus must be above this percentage (default 50: more than half).
    /// </summary>
    public decimal VcseReinvestedPercent { get; init; } = 50m;

    /// <summary>Social enterprise: trading income at least this share of income (SEUK and Social Enterprise Mark: 50).</summary>
    public decimal SocialEnterpriseTradingPercent { get; init; } = 50m;

    /// <summary>Social enterprise: at least this share of profit reinvested in or given to the mission (Mark: 51; SEUK: 50).</summary>
    public decimal SocialEnterpriseReinvestedPercent { get; init; } = 51m;

    /// <summary>Social enterprise: require an asset lock (Social Enterprise Mark criterion E; SEUK does not). Default true.</summary>
    public bool SocialEnterpriseRequiresAssetLock { get; init; } = true;

    /// <summary>How many of the latest years of accounts the share tests add up (default 1: the latest year).</summary>
    public int AccountsYears { get; init; } = 1;

    /// <summary>The light-touch services that may be reserved under PA 2023 s.33 (Procurement Regulations 2024 reg 42(2), Sch 1 "R").</summary>
    public ReservableServices ReservableServices { get; init; } = ReservableServices.Default;

    /// <summary>
    /// s.33(7) "comparable contract" means services "of the same kind"; the Act does not define it. Default: CPV codes
    /// sharing their first 4 digits (the same CPV class).
    /// </summary>
    public int ComparableCpvDigits { get; init; } = 4;

    /// <summary>Checks the settings, naming the field at fault.</summary>
    public IReadOnlyList<Common.Error> Validate()
    {
        var errors = new List<Common.Error>();
        void Percent(string field, decimal value)
        {
            if (value is < 0 or > 100)
            {
                errors.Add(new Common.Error("RULES_INVALID", $"{field}: {value} is not a percentage between 0 and 100"));
            }
        }

        Percent("vcseReinvestedPercent", VcseReinvestedPercent);
        Percent("socialEnterpriseTradingPercent", SocialEnterpriseTradingPercent);
        Percent("socialEnterpriseReinvestedPercent", SocialEnterpriseReinvestedPercent);
        if (AccountsYears is < 1 or > 10)
        {
            errors.Add(new Common.Error("RULES_INVALID", $"accountsYears: {AccountsYears} must be between 1 and 10"));
        }

        if (ComparableCpvDigits is < 2 or > 8)
        {
            errors.Add(new Common.Error("RULES_INVALID", $"comparableCpvDigits: {ComparableCpvDigits} must be between 2 and 8"));
        }

        return errors;
    }
}
