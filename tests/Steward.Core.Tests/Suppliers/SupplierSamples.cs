using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

/// <summary>
/// Realistic supplier profiles, lots and awards. Each passes the tests its name suggests; tests vary one fact with
/// <c>with</c> to reach a boundary.
/// </summary>
internal static class SupplierSamples
{
    /// <summary>A joinery firm: 42 staff, £3.2m turnover, £1.1m balance sheet (2025). An SME, not a VCSE.</summary>
    public static SupplierProfile Joinery() => new()
    {
        Name = "Northfield Joinery Ltd",
        Identifiers = [new SupplierIdentifier("GB-COH", "08123456")],
        LegalForm = LegalForm.CompanyLimitedByShares,
        SocialPurpose = false,
        PublicBodyControlled = false,
        Workforce = new Workforce { Employees = 42, Fte = 38.5m },
        Accounts = [Year(2025, turnover: 3_200_000m, balanceSheet: 1_100_000m)],
    };

    /// <summary>A registered charity running community services: 120 staff, £4m income.</summary>
    public static SupplierProfile Charity() => new()
    {
        Name = "Riverside Community Trust",
        Identifiers = [new SupplierIdentifier("GB-CHC", "1123456")],
        LegalForm = LegalForm.Charity,
        PublicBodyControlled = false,
        Workforce = new Workforce { Employees = 120 },
        Accounts = [Year(2025, turnover: 4_000_000m, surplus: 150_000m)],
    };

    /// <summary>A recycling CIC limited by shares, with no dividend cap stated (the statutory 35% applies).</summary>
    public static SupplierProfile Cic() => new()
    {
        Name = "Greenway Recycling CIC",
        LegalForm = LegalForm.CicShares,
        PublicBodyControlled = false,
        Workforce = new Workforce { Employees = 18 },
    };

    /// <summary>
    /// A company limited by guarantee that trades for a social purpose and locks its assets: a social enterprise with
    /// 50% trading income and 51% of surplus reinvested (2025), both exactly at the thresholds.
    /// </summary>
    public static SupplierProfile SocialEnterprise() => new()
    {
        Name = "Canal Side Cafés",
        LegalForm = LegalForm.CompanyLimitedByGuarantee,
        SocialPurpose = true,
        PublicBodyControlled = false,
        AssetLock = true,
        Workforce = new Workforce { Employees = 25 },
        Accounts =
        [
            Year(2025, turnover: 1_000_000m, trading: 500_000m, grants: 500_000m, surplus: 100_000m, reinvested: 51_000m),
        ],
    };

    /// <summary>A supported employment provider: 10 staff, 3 of them disabled or disadvantaged (exactly 30%).</summary>
    public static SupplierProfile SupportedEmployer(decimal? employees = 10, decimal? disadvantaged = 3) => new()
    {
        Name = "Able Works Ltd",
        LegalForm = LegalForm.CompanyLimitedByShares,
        ProvidesSupportedEmployment = true,
        PublicBodyControlled = false,
        Workforce = new Workforce { Employees = employees, DisabledOrDisadvantagedWorkers = disadvantaged },
    };

    /// <summary>
    /// A public service mutual spun out of a council: not for profit, employee-controlled, 2 of its 3 main activities
    /// reservable (community health 85311000, 85312000; 79410000 consultancy is not).
    /// </summary>
    public static SupplierProfile Mutual() => new()
    {
        Name = "Anytown Care Mutual",
        Identifiers = [new SupplierIdentifier("GB-MPR", "IP031234")],
        LegalForm = LegalForm.CompanyLimitedByGuarantee,
        PublicServiceMission = true,
        NotForProfit = true,
        EmployeeControlled = true,
        PublicBodyControlled = false,
        MainActivityCpv = ["85311000", "85312000", "79410000"],
    };

    public static AnnualAccounts Year(int year, decimal? turnover = null, decimal? trading = null, decimal? grants = null,
        decimal? surplus = null, decimal? distributed = null, decimal? reinvested = null, decimal? balanceSheet = null, decimal? staff = null) => new()
        {
            Year = year,
            Turnover = turnover,
            TradingIncome = trading,
            GrantIncome = grants,
            Surplus = surplus,
            DistributedToOwners = distributed,
            ReinvestedInMission = reinvested,
            BalanceSheetTotal = balanceSheet,
            Staff = staff,
        };

    /// <summary>The buyer of every sample lot and award.</summary>
    public const string Buyer = "GB-PPON-ABCD-1234-EFGH";

    /// <summary>A council's s.33 lot for community health services, awarded 2026-06-15, 2026-07-01 to 2031-06-30.</summary>
    public static ReservedLot S33Lot() => new()
    {
        Reservation = Reservation.PublicServiceMutual,
        BuyerId = Buyer,
        BuyerName = "Anytown Council",
        Cpv = ["85311000"],
        AwardDate = new DateOnly(2026, 6, 15),
        TermStart = new DateOnly(2026, 7, 1),
        TermEnd = new DateOnly(2031, 6, 30),
        Ocid = "ocds-h6vhtk-0a1b2c",
        LotId = "1",
    };

    /// <summary>An s.32 lot for grounds maintenance (works and services: anything may be reserved under s.32).</summary>
    public static ReservedLot S32Lot() => new()
    {
        Reservation = Reservation.SupportedEmployment,
        BuyerId = Buyer,
        Cpv = ["77314000"],
        AwardDate = new DateOnly(2026, 6, 15),
    };

    /// <summary>A below-threshold lot reserved for SMEs and VCSEs.</summary>
    public static ReservedLot SmeVcseLot(bool? aboveThreshold = false) => new()
    {
        Reservation = Reservation.SmeVcse,
        BuyerId = Buyer,
        Cpv = ["45000000"],
        AwardDate = new DateOnly(2026, 6, 15),
        AboveThreshold = aboveThreshold,
    };

    /// <summary>An earlier s.33 award by <paramref name="buyer"/> to the mutual.</summary>
    public static PriorAward Award(DateOnly date, string cpv = "85312000", string buyer = Buyer, string ocid = "ocds-h6vhtk-099999") =>
        new(ocid, "1", buyer, "GB-MPR-IP031234", date, [cpv]) { Title = "Community nursing" };
}
