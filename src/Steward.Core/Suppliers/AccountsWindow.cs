namespace Steward.Core.Suppliers;

/// <summary>
/// The latest <see cref="ClassificationRules.AccountsYears"/> years of accounts, added up: the share tests read these
/// totals so one unusual year can be smoothed by setting more years.
/// </summary>
public sealed record AccountsWindow(IReadOnlyList<int> Years, decimal? Turnover, decimal? TradingIncome, decimal? GrantIncome,
    decimal? Surplus, decimal? DistributedToOwners, decimal? ReinvestedInMission)
{
    /// <summary>The window over <paramref name="profile"/>'s accounts; a total is null when any year in it lacks the figure.</summary>
    public static AccountsWindow Of(SupplierProfile profile, int years)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var chosen = profile.Accounts.OrderByDescending(a => a.Year).Take(Math.Max(1, years)).ToList();
        decimal? Sum(Func<AnnualAccounts, decimal?> pick) =>
            chosen.Count == 0 || chosen.Any(a => pick(a) is null) ? null : chosen.Sum(a => pick(a)!.Value);

        return new AccountsWindow([.. chosen.Select(a => a.Year)], Sum(a => a.Turnover), Sum(a => a.TradingIncome),
            Sum(a => a.GrantIncome), Sum(a => a.Surplus), Sum(a => a.DistributedToOwners), Sum(a => a.ReinvestedInMission));
    }

    /// <summary>The years in words: "2025" or "2023–2025", or "no accounts".</summary>
    public string Label => Years.Count == 0 ? "no accounts"
        : Years.Count == 1 ? $"{Years[0]}"
        : $"{Years.Min()}–{Years.Max()}";

    /// <summary>Income: turnover, else trading income plus grants.</summary>
    public decimal? Income => Turnover ?? (TradingIncome + GrantIncome);
}
