namespace Steward.Core.Suppliers;

/// <summary>
/// Social enterprise, by the tests Social Enterprise UK and the Social Enterprise Mark use (no statute defines it):
/// A social or environmental purpose; B independent (not a public body, not controlled by one, not a sole trader);
/// C at least <see cref="ClassificationRules.SocialEnterpriseTradingPercent"/>% of income from trading; D at least
/// <see cref="ClassificationRules.SocialEnterpriseReinvestedPercent"/>% of profit to the mission; E an asset lock (when
/// <see cref="ClassificationRules.SocialEnterpriseRequiresAssetLock"/>).
/// </summary>
public static class SocialEnterpriseTest
{
    public const string Reference = "SEUK / Social Enterprise Mark criteria (policy, no statutory definition)";

    public static Classification Classify(SupplierProfile profile, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        var lockTest = rules.SocialEnterpriseRequiresAssetLock
            ? ModelTests.AssetLock(profile, "assetLock", Reference)
            : new Reason("assetLock", Verdict.True, "An asset lock is not required by the settings in use (socialEnterpriseRequiresAssetLock: false).", Reference);
        return Classification.AllOf(
            ModelTests.Purpose(profile, "socialPurpose", Reference),
            ModelTests.NotGoverned(profile, "independent", Reference, soleTraderFails: true),
            Trading(profile, rules),
            ModelTests.Reinvests(profile, rules, "profitToMission", rules.SocialEnterpriseReinvestedPercent, inclusive: true, Reference),
            lockTest);
    }

    private static Reason Trading(SupplierProfile profile, ClassificationRules rules)
    {
        var window = AccountsWindow.Of(profile, rules.AccountsYears);
        var threshold = rules.SocialEnterpriseTradingPercent;
        var share = Figures.Share(window.TradingIncome, window.Income);
        var figures = Figures.Of(("tradingIncome", window.TradingIncome), ("income", window.Income), ("share", share), ("threshold", threshold));
        if (share is not { } s)
        {
            return new Reason("tradingIncome", Verdict.Unknown,
                $"Trading income or total income is missing ({window.Label}); a social enterprise earns at least {Figures.Percent(threshold)} of its income by trading ({Reference}).", Reference)
            { Fields = ["accounts"], Figures = figures };
        }

        // Exact arithmetic (the share is rounded for display): trading × 100 ≥ threshold × income, income > 0.
        var passes = window.TradingIncome!.Value * 100m >= threshold * window.Income!.Value;
        return new Reason("tradingIncome", passes ? Verdict.True : Verdict.False,
            $"Trading income {Figures.Pounds(window.TradingIncome!.Value)} is {Figures.PercentAgainst(s, threshold, passes)} of income {Figures.Pounds(window.Income!.Value)} ({window.Label}); the test needs at least {Figures.Percent(threshold)} ({Reference}).", Reference)
        { Fields = ["accounts"], Figures = figures };
    }
}
