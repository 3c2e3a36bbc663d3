namespace Steward.Core.Suppliers;

/// <summary>One financial year of a supplier's accounts, in pounds. Any figure may be missing.</summary>
public sealed record AnnualAccounts
{
    /// <summary>The calendar year the financial year ends in.</summary>
    public int Year { get; init; }

    /// <summary>Total income (turnover).</summary>
    public decimal? Turnover { get; init; }

    /// <summary>Income earned by trading: selling goods or services, including contracts with public bodies.</summary>
    public decimal? TradingIncome { get; init; }

    /// <summary>Grants and donations.</summary>
    public decimal? GrantIncome { get; init; }

    /// <summary>Surplus (profit) for the year; negative for a deficit.</summary>
    public decimal? Surplus { get; init; }

    /// <summary>Paid to owners or members: dividends, profit shares, interest on members' capital above a market rate.</summary>
    public decimal? DistributedToOwners { get; init; }

    /// <summary>Reinvested in the organisation's social, environmental or cultural mission, or donated to it.</summary>
    public decimal? ReinvestedInMission { get; init; }

    /// <summary>Balance-sheet total (total assets).</summary>
    public decimal? BalanceSheetTotal { get; init; }

    /// <summary>Staff in the year (headcount), when the accounts give it.</summary>
    public decimal? Staff { get; init; }
}
