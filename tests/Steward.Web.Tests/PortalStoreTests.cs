using Microsoft.Extensions.Options;
using Steward.Data;
using Steward.Web.Hosting;

namespace Steward.Web.Tests;

/// <summary>The portal finds its store as the command line does, with `dotnet run`'s default pointing at the repository root.</summary>
public sealed class PortalStoreTests
{
    [Fact]
    public void Database_WhenSet_IsUsedBeforeAnyDefault()
    {
        var store = new PortalStore(Options.Create(new PortalOptions { Database = "named.db", DefaultDatabase = "default.db" }));

        Assert.Equal(Path.GetFullPath("named.db"), store.Target.Display);
    }

    [Fact]
    public void DefaultDatabase_IsUsedWhenNothingNamesAStore()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable)))
        {
            Assert.Skip($"{DatabaseTarget.EnvironmentVariable} is set here, and it comes before the default.");
        }

        var store = new PortalStore(Options.Create(new PortalOptions { DefaultDatabase = "../../steward.db" }));
        var plain = new PortalStore(Options.Create(new PortalOptions()));

        Assert.Equal(Path.GetFullPath("../../steward.db"), store.Target.Display);
        Assert.Equal(Path.GetFullPath(DatabaseTarget.DefaultFile), plain.Target.Display);
        Assert.Contains("Pooling=True", store.Target.ConnectionString, StringComparison.OrdinalIgnoreCase);
    }
}
