namespace Steward.Web.Browser.Tests;

/// <summary>A portal over a demo store with the buyer count of the UK record: 70,000 releases spread over 20,000 buyers.</summary>
public sealed class UkScaleBrowserPortal : BrowserPortal
{
    public const int Buyers = 20_000;

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Steward:DemoReleases"] = "70000",
        ["Steward:DemoBuyers"] = Buyers.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
