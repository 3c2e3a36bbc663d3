using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Steward.Testing;

namespace Steward.Web.Browser.Tests;

/// <summary>
/// The portal on a real Kestrel server (loopback, a free port) over a demo store, and Debian's Chromium driven by
/// Playwright (no browser download: <c>apt-get install chromium</c>, as .ci/run does). Without Chromium the tests
/// report themselves skipped.
/// </summary>
public class BrowserPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long an action, a navigation or an assertion waits, in milliseconds.</summary>
    public const float Patience = 60_000;

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public Uri Address { get; private set; } = null!;

    /// <summary>axe-core's script, from npm (see the project file).</summary>
    public string AxeScript { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    public async ValueTask InitializeAsync()
    {
        // Assertions wait as long as actions and navigations do (NewPageAsync): on a loaded 2-core CI machine a page can take
        // more than the 5 s default.
        Assertions.SetDefaultExpectTimeout(Patience);
        UseKestrel(0);
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context and page on the portal, or a skip when there is no Chromium.</summary>
    /// <param name="bypassCsp">Let tests inject axe-core's script (the CSP forbids inline script).</param>
    /// <param name="host">Another name for the loopback address, e.g. <c>localhost</c> (WebAuthn refuses IP addresses).</param>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false, string? host = null)
    {
        if (Browser is null)
        {
            Assert.Skip($"{ChromiumPath} is not installed (apt-get install chromium; .ci/run installs it).");
        }

        var address = host is null ? Address : new UriBuilder(Address) { Host = host }.Uri;
        var context = await Browser.NewContextAsync(new() { BaseURL = address.ToString(), BypassCSP = bypassCsp, AcceptDownloads = true });
        // Playwright's 30 s is not always enough on CI's 2 cores, where the other test projects run at once and another test
        // class's portal may be seeding its 70,000 demo releases in this process: the journey's buyer page took longer than
        // that to load in two of this project's CI runs.
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Steward:Database"] = _database.Target.Display,
            ["Steward:DemoReleases"] = "3000",
            // Many pages a minute from one address: the sign-in rate limit is tested in Steward.Web.Tests, not here.
            ["Steward:Accounts:SignInsPerMinute"] = "10000",
        }));
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings()));
        builder.ConfigureTestServices(ReplaceServices);
    }

    /// <summary>Settings over the defaults above, for a portal of a test class's own.</summary>
    protected virtual Dictionary<string, string?> Settings() => [];

    /// <summary>Services replaced for a portal of a test class's own (e.g. its clock).</summary>
    protected virtual void ReplaceServices(IServiceCollection services)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}
