using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Testing;

namespace Steward.Web.Tests.Accounts;

/// <summary>
/// Identity re-checks each session's security stamp every minute and rebuilds the principal; a session opened with a
/// second factor must keep it across that, or a commissioner is refused their pages a minute in.
/// </summary>
public sealed class SecondFactorRefreshTests : IDisposable
{
    // The stamp validator's own clock, moved on past its one-minute interval once the person is signed in.
    private readonly FakeTimeProvider _stampClock = new(TimeProvider.System.GetUtcNow());
    private readonly PortalFactory _portal;

    public SecondFactorRefreshTests() =>
        _portal = new(TestDatabase.Sqlite(), new() { ["Steward:DemoReleases"] = "0", ["Steward:Accounts:SignInsPerMinute"] = "1000" },
            services => services.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = _stampClock));

    [Fact]
    public async Task ASessionOpenedWithASecondFactor_KeepsIt_WhenTheStampIsRechecked()
    {
        // Arrange
        var directory = new AccountDirectory(_portal.Target, TimeProvider.System);
        var buyer = directory.AddOrganisation("Refresh Council", OrganisationSide.Buyer, null, "cli:test").Value;
        using var commissioner = new SignedInClient(_portal);
        await commissioner.JoinWithSecondFactorAsync(directory.Invite(buyer.Id, Role.Commissioner, TimeSpan.FromDays(1), "cli:test").Value.Token, "c@refresh.example");

        // Act: two minutes on, the next request re-validates the stamp and renews the cookie.
        _stampClock.Advance(TimeSpan.FromMinutes(2));
        var (first, _) = await commissioner.GetAsync("/commissioning");
        _stampClock.Advance(TimeSpan.FromMinutes(2));
        var (second, _) = await commissioner.GetAsync("/commissioning");
        var (third, _) = await commissioner.GetAsync("/commissioning/goals");

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
