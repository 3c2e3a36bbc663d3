namespace Steward.Data.Suppliers;

/// <summary>
/// A buyer's awarded value (GBP, each award split equally among its suppliers; docs/indicators.md counting rules), the
/// part going to suppliers with a register profile, and the part going to verified social enterprises or VCSEs.
/// </summary>
public sealed record BuyerRegisterShare(string BuyerId, string? BuyerName, double AwardedValue, double ProfiledValue, double VerifiedValue)
{
    /// <summary>Share (0–1, as the buyer benchmarks' shares) of awarded value to register-verified social enterprises or VCSEs; null without awarded value.</summary>
    public double? RegisterShare => AwardedValue > 0 ? VerifiedValue / AwardedValue : null;

    /// <summary>Share (0–1) of awarded value to suppliers the register has a profile for: how far to trust the share above.</summary>
    public double? ProfiledShare => AwardedValue > 0 ? ProfiledValue / AwardedValue : null;
}
