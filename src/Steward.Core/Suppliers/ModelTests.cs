namespace Steward.Core.Suppliers;

/// <summary>The tests VCSE, social enterprise and the reinvestment measure share: control, purpose, reinvestment, asset lock.</summary>
internal static class ModelTests
{
    /// <summary>CIC Regulations 2005 reg 22 (as amended 2014): a CIC may pay at most 35% of distributable profits as dividends.</summary>
    public const decimal CicDividendCap = 35m;

    public static Reason NotGoverned(SupplierProfile profile, string test, string reference, bool soleTraderFails = false)
    {
        string[] fields = ["legalForm", "publicBodyControlled"];
        if (profile.LegalForm == LegalForm.PublicBody)
        {
            return new Reason(test, Verdict.False, $"Its legal form is public-body ({reference}).", reference) { Fields = fields };
        }

        if (soleTraderFails && profile.LegalForm == LegalForm.SoleTrader)
        {
            return new Reason(test, Verdict.False, $"A sole trader is not an organisation independent of its owner ({reference}).", reference) { Fields = fields };
        }

        return profile.PublicBodyControlled switch
        {
            true => new Reason(test, Verdict.False, $"A public body controls it ({reference}).", reference) { Fields = fields },
            false => new Reason(test, Verdict.True, $"No public body controls it ({reference}).", reference) { Fields = fields },
            null => new Reason(test, Verdict.Unknown, $"Whether a public body controls it (publicBodyControlled) is missing ({reference}).", reference) { Fields = fields },
        };
    }

    public static Reason Purpose(SupplierProfile profile, string test, string reference)
    {
        string[] fields = ["socialPurpose", "legalForm"];
        if (profile.LegalForm is { } form && form.HasStatutorySocialPurpose())
        {
            return new Reason(test, Verdict.True, $"As a {form.Code()} the law gives it a social purpose ({reference}).", reference) { Fields = fields };
        }

        return profile.SocialPurpose switch
        {
            true => new Reason(test, Verdict.True, $"Its governing documents state a social, environmental or cultural purpose ({reference}).", reference) { Fields = fields },
            false => new Reason(test, Verdict.False, $"Its governing documents state no social, environmental or cultural purpose ({reference}).", reference) { Fields = fields },
            null => new Reason(test, Verdict.Unknown, $"Whether its governing documents state a social purpose (socialPurpose) is missing ({reference}).", reference) { Fields = fields },
        };
    }

    /// <summary>
    /// Whether at least (<paramref name="inclusive"/>) or more than <paramref name="percent"/>% of surplus goes to the
    /// mission: a form that cannot distribute passes; a dividend cap leaving enough passes; otherwise the accounts decide.
    /// </summary>
    public static Reason Reinvests(SupplierProfile profile, ClassificationRules rules, string test, decimal percent, bool inclusive, string reference)
    {
        var needed = inclusive ? $"at least {Figures.Percent(percent)}" : $"more than {Figures.Percent(percent)}";
        if (profile.LegalForm is { } form && form.CannotDistribute())
        {
            return new Reason(test, Verdict.True, $"As a {form.Code()} it cannot distribute profit: all surplus goes to its purposes ({reference}).", reference)
            { Fields = ["legalForm"] };
        }

        var cap = profile.DividendCapPercent ?? (profile.LegalForm is LegalForm.CicShares or LegalForm.CicGuarantee ? CicDividendCap : null);
        if (cap is { } c && profile.AssetLock != false && Passes(100m - c, percent, inclusive))
        {
            return new Reason(test, Verdict.True,
                $"Its governing documents cap distributions at {Figures.Percent(c)} of profit, so {needed} of surplus stays for its purposes ({reference}).", reference)
            { Fields = ["dividendCapPercent", "legalForm"], Figures = Figures.Of(("dividendCapPercent", c), ("threshold", percent)) };
        }

        var window = AccountsWindow.Of(profile, rules.AccountsYears);
        if (window.Surplus is not { } surplus)
        {
            return new Reason(test, Verdict.Unknown, $"Surplus is missing ({window.Label}), so whether {needed} of it is reinvested cannot be told ({reference}).", reference)
            { Fields = ["accounts", "dividendCapPercent"] };
        }

        if (surplus <= 0)
        {
            return new Reason(test, Verdict.Unknown,
                $"There was no surplus to reinvest ({window.Label}: {Figures.Pounds(surplus)}) and no dividend cap decides it ({reference}).", reference)
            { Fields = ["accounts", "dividendCapPercent"], Figures = Figures.Of(("surplus", surplus)) };
        }

        var reinvested = window.ReinvestedInMission;
        var basis = "reinvested in its mission";
        if (reinvested is null && window.DistributedToOwners is { } paid)
        {
            reinvested = surplus - paid;
            basis = "kept from owners (surplus less distributions)";
        }

        if (reinvested is not { } kept)
        {
            return new Reason(test, Verdict.Unknown, $"Neither the amount reinvested nor the amount distributed is given ({window.Label}) ({reference}).", reference)
            { Fields = ["accounts"], Figures = Figures.Of(("surplus", surplus)) };
        }

        var share = Figures.Share(kept, surplus)!.Value;

        // Exact arithmetic (share is rounded for display): kept × 100 against percent × surplus, surplus > 0.
        var passes = Passes(kept * 100m, percent * surplus, inclusive);
        return new Reason(test, passes ? Verdict.True : Verdict.False,
            $"{Figures.Pounds(kept)} of {Figures.Pounds(surplus)} surplus ({Figures.PercentAgainst(share, percent, passes, inclusive)}, {window.Label}) was {basis}; the test needs {needed} ({reference}).", reference)
        { Fields = ["accounts"], Figures = Figures.Of(("surplus", surplus), ("reinvested", kept), ("share", share), ("threshold", percent)) };
    }

    public static Reason AssetLock(SupplierProfile profile, string test, string reference)
    {
        string[] fields = ["assetLock", "legalForm"];
        if (profile.LegalForm is { } form && form.HasStatutoryAssetLock())
        {
            return new Reason(test, Verdict.True, $"As a {form.Code()} its assets are locked by law ({reference}).", reference) { Fields = fields };
        }

        return profile.AssetLock switch
        {
            true => new Reason(test, Verdict.True, $"Its governing documents lock its assets for its purposes ({reference}).", reference) { Fields = fields },
            false => new Reason(test, Verdict.False, $"It has no asset lock ({reference}).", reference) { Fields = fields },
            null => new Reason(test, Verdict.Unknown, $"Whether it has an asset lock (assetLock) is missing ({reference}).", reference) { Fields = fields },
        };
    }

    public static bool Passes(decimal value, decimal threshold, bool inclusive) => inclusive ? value >= threshold : value > threshold;
}
