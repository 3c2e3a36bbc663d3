namespace Steward.Web.Browser.Tests;

/// <summary>
/// A portal of the delivery journey's own: no demo releases, so the one awarded process the test imports is the only
/// one, and the public buyer page shows that buyer's delivery alone. The clock is the machine's: the contract's dates
/// are set from today.
/// </summary>
public sealed class DeliveryBrowserPortal : BrowserPortal
{
    protected override Dictionary<string, string?> Settings() => new() { ["Steward:DemoReleases"] = "0" };
}
