using System.Text.Json;

namespace Steward.Web.Tests;

/// <summary>
/// The portal's runtime settings as built (<c>Steward.Web.runtimeconfig.json</c>, which the build copies beside these
/// tests): a node must stay under 1 GB at the whole record's size (issue 16, item 4).
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void ThePortal_RunsTheWorkstationGarbageCollector()
    {
        // Arrange: the web SDK's default is the server collector, which took a node under list load at 1.5 million
        // releases to 1.12-1.13 GB where the workstation one stayed at 0.50-0.51 GB (docs/performance.md).
        var path = Path.Combine(AppContext.BaseDirectory, "Steward.Web.runtimeconfig.json");

        // Act
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var settings = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // Assert
        Assert.True(settings.TryGetProperty("System.GC.Server", out var server), $"{path} does not set System.GC.Server");
        Assert.False(server.GetBoolean());
    }
}
