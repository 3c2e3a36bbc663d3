namespace Steward.Core.Suppliers;

/// <summary>
/// SME, as PA 2023 s.123 defines it: fewer than 250 staff, and an annual turnover of £44m or less or a balance-sheet
/// total of £38m or less. Staff come from the profile's workforce (basis: <see cref="ClassificationRules.SmeStaffBasis"/>),
/// else from the latest accounts; money from the latest accounts.
/// </summary>
public static class SmeTest
{
    public const string Reference = "PA 2023 s.123 (small and medium-sized enterprise)";

    public static Classification Classify(SupplierProfile profile, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        return Classification.AllOf(Staff(profile, rules), Size(profile));
    }

    private static Reason Staff(SupplierProfile profile, ClassificationRules rules)
    {
        var basis = rules.SmeStaffBasis;
        var field = basis == StaffBasis.Fte ? "fte" : "employees";
        var staff = profile.Workforce.Size(basis) ?? (basis == StaffBasis.Headcount ? profile.LatestAccounts?.Staff : null);
        var figures = Figures.Of(("staff", staff), ("limit", ClassificationRules.SmeStaffLimit));
        if (staff is not { } count)
        {
            return new Reason("staff", Verdict.Unknown, $"Staff numbers ({field}) are missing; an SME has fewer than {ClassificationRules.SmeStaffLimit} staff ({Reference}).", Reference)
            { Fields = [field], Figures = figures };
        }

        var below = count < ClassificationRules.SmeStaffLimit;
        return new Reason("staff", below ? Verdict.True : Verdict.False,
            $"{Figures.Number(count)} staff ({field}) is {(below ? "fewer than" : "not fewer than")} {ClassificationRules.SmeStaffLimit} ({Reference}).", Reference)
        { Fields = [field], Figures = figures };
    }

    private static Reason Size(SupplierProfile profile)
    {
        var latest = profile.LatestAccounts;
        var turnover = latest?.Turnover;
        var balance = latest?.BalanceSheetTotal;
        var figures = Figures.Of(("turnover", turnover), ("turnoverLimit", ClassificationRules.SmeTurnoverLimit),
            ("balanceSheetTotal", balance), ("balanceSheetLimit", ClassificationRules.SmeBalanceSheetLimit));
        var year = latest is null ? "no accounts" : $"{latest.Year} accounts";
        var limits = $"turnover of {Figures.Pounds(ClassificationRules.SmeTurnoverLimit)} or less, or a balance-sheet total of {Figures.Pounds(ClassificationRules.SmeBalanceSheetLimit)} or less";
        if (turnover <= ClassificationRules.SmeTurnoverLimit)
        {
            return new Reason("size", Verdict.True, $"Turnover {Figures.Pounds(turnover.Value)} ({year}) is within the limit: {limits} ({Reference}).", Reference)
            { Fields = ["accounts"], Figures = figures };
        }

        if (balance <= ClassificationRules.SmeBalanceSheetLimit)
        {
            return new Reason("size", Verdict.True, $"Balance-sheet total {Figures.Pounds(balance.Value)} ({year}) is within the limit: {limits} ({Reference}).", Reference)
            { Fields = ["accounts"], Figures = figures };
        }

        if (turnover is { } t && balance is { } b)
        {
            return new Reason("size", Verdict.False, $"Turnover {Figures.Pounds(t)} and balance-sheet total {Figures.Pounds(b)} ({year}) are both above the limits: {limits} ({Reference}).", Reference)
            { Fields = ["accounts"], Figures = figures };
        }

        var known = turnover is { } over ? $"Turnover {Figures.Pounds(over)} ({year}) is above {Figures.Pounds(ClassificationRules.SmeTurnoverLimit)} and the balance-sheet total is missing"
            : balance is { } above ? $"Balance-sheet total {Figures.Pounds(above)} ({year}) is above {Figures.Pounds(ClassificationRules.SmeBalanceSheetLimit)} and turnover is missing"
            : $"Turnover and balance-sheet total are missing ({year})";
        return new Reason("size", Verdict.Unknown, $"{known}; an SME needs a {limits} ({Reference}).", Reference)
        { Fields = ["accounts"], Figures = figures };
    }
}
