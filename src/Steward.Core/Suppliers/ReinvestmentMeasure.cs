namespace Steward.Core.Suppliers;

/// <summary>
/// How far a supplier's surplus goes back into its purposes rather than to owners: a 0–100 score a buyer may use inside
/// award criteria or to reserve a below-threshold contract where its own rules allow. It is not a legal test: PA 2023
/// gives no general power to reserve contracts for profit-reinvesting suppliers beyond s.32 and s.33, and an
/// above-threshold criterion must relate to the subject matter and treat suppliers equally (s.12, s.23).
/// </summary>
public static class ReinvestmentMeasure
{
    public const string Caution = "Not a legal test: PA 2023 allows reserving contracts only under s.32 (supported employment) and s.33 " +
                                  "(public service mutuals); use this measure inside award criteria (s.23) or for below-threshold reservations your own rules allow.";

    /// <summary>
    /// The score: <paramref name="weights"/> (default: asset lock 30, dividend cap 30, share of surplus reinvested 40)
    /// times each component's fulfilment (asset lock 0 or 1; dividend cap 1 − cap/100; reinvested share/100 from the
    /// accounts window). A component without data scores nothing and is listed as missing; the score is null when all are.
    /// </summary>
    public static ReinvestmentScore Score(SupplierProfile profile, ClassificationRules? rules = null, ReinvestmentWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        rules ??= ClassificationRules.Default;
        weights ??= ReinvestmentWeights.Default;
        var parts = new List<(string Name, decimal Weight, decimal? Fulfilment, string Text)>();
        var form = profile.LegalForm;
        var locked = form is { } f && f.HasStatutoryAssetLock() ? true : profile.AssetLock;
        parts.Add(("assetLock", weights.AssetLock, locked is null ? null : locked.Value ? 1m : 0m,
            locked is null ? "asset lock not known" : locked.Value ? "assets locked" : "no asset lock"));
        var cap = form is { } g && g.CannotDistribute() ? 0m : profile.DividendCapPercent ?? (form is LegalForm.CicShares or LegalForm.CicGuarantee ? ModelTests.CicDividendCap : null);
        parts.Add(("dividendCap", weights.DividendCap, cap is null ? null : 1m - (cap.Value / 100m),
            cap is null ? "no dividend cap known" : $"distributions capped at {Figures.Percent(cap.Value)} of profit"));
        var window = AccountsWindow.Of(profile, rules.AccountsYears);
        var kept = window.ReinvestedInMission ?? (window.Surplus - window.DistributedToOwners);
        var share = window.Surplus > 0 && kept is { } k ? Math.Clamp(k / window.Surplus.Value, 0m, 1m) : (decimal?)null;
        parts.Add(("reinvestedShare", weights.ReinvestedShare, share,
            share is null ? $"share of surplus reinvested not known ({window.Label})" : $"{Figures.Percent(share.Value * 100m)} of surplus reinvested ({window.Label})"));
        var known = parts.Where(p => p.Fulfilment is not null).ToList();
        var total = weights.AssetLock + weights.DividendCap + weights.ReinvestedShare;
        decimal? score = known.Count == 0 || total <= 0 ? null : Math.Round(known.Sum(p => p.Weight * p.Fulfilment!.Value) * 100m / total, 1);
        return new ReinvestmentScore(score, [.. parts.Select(p => p.Text)], [.. parts.Where(p => p.Fulfilment is null).Select(p => p.Name)]);
    }
}
