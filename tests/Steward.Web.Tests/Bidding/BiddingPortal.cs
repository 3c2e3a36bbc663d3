using Steward.Testing;

namespace Steward.Web.Tests.Bidding;

/// <summary>
/// A portal with no demo data, files limited to 1 MB, and BidTender published on today's date, receiving bids for 40
/// days (shared by one test class; each test uses suppliers of its own).
/// </summary>
public sealed class BiddingPortal() : PortalFactory(TestDatabase.Sqlite(), new()
{
    ["Steward:DemoReleases"] = "0",
    ["Steward:Accounts:SignInsPerMinute"] = "1000",
    ["Steward:Bids:MaxFileMegabytes"] = "1",
}), IAsyncLifetime
{
    public string Buyer { get; private set; } = null!;

    public string DesignId { get; private set; } = null!;

    public string LotPage => $"/bidding/{DesignId}/lots/1";

    public ValueTask InitializeAsync()
    {
        CreateClient().Dispose();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        (Buyer, DesignId) = BidTender.Publish(Target, TimeProvider.System, today, today.AddDays(40));
        return ValueTask.CompletedTask;
    }
}
