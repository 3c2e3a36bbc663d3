using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>A portal on a fresh SQLite store with no demo data, for the signed-in side (shared by one test class).</summary>
public sealed class AccountPortal() : PortalFactory(TestDatabase.Sqlite(), new() { ["Steward:DemoReleases"] = "0", ["Steward:Accounts:SignInsPerMinute"] = "1000" }), IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }
}
