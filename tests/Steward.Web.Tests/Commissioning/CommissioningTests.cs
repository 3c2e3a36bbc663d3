using System.Net;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Testing;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Commissioning;

/// <summary>
/// Commissioning over HTTP: a commissioner sets a goal, designs a lot, is refused a weight written as text, publishes,
/// and the tender is public at once; other roles and other buyers are refused.
/// </summary>
public sealed class CommissioningTests : IDisposable
{
    private readonly PortalFactory _portal = new(TestDatabase.Sqlite(), new()
    {
        ["Steward:DemoReleases"] = "0",
        ["Steward:Accounts:SignInsPerMinute"] = "1000",
    });

    private AccountDirectory Directory => new(_portal.Target, TimeProvider.System);

    private async Task<SignedInClient> MemberAsync(Role role, OrganisationSide side, string name, string email, string? identifier = null)
    {
        var organisation = Directory.AddOrganisation(name, side, identifier, "cli:test").Value;
        var client = new SignedInClient(_portal);
        await client.JoinWithSecondFactorAsync(Directory.Invite(organisation.Id, role, TimeSpan.FromDays(1), "cli:test").Value.Token, email);
        return client;
    }

    [Fact]
    public async Task Commissioner_SetsAGoal_DesignsALot_FixesAnError_Publishes_AndTheTenderIsPublic()
    {
        // Arrange
        using var commissioner = await MemberAsync(Role.Commissioner, OrganisationSide.Buyer, "Anytown Council", "commissioner@anytown.example", "GB-PPON-ANYT-1234-TOWN");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var (_, goalPage) = await commissioner.SubmitToAsync("/commissioning/goals", "/commissioning/goals",
            new Dictionary<string, string> { ["title"] = "Good local jobs in care", ["outcome"] = "ppn002:1", ["status"] = "active", ["m0.name"] = "Local residents hired", ["m0.unit"] = "people", ["m0.direction"] = "increase" });
        var (started, _) = await commissioner.SubmitToAsync("/commissioning", "/commissioning?handler=Start", new Dictionary<string, string> { ["title"] = "Community support" });
        var design = SignedInClient.Location(started);
        await commissioner.SubmitToAsync($"{design}/details", $"{design}/details", new Dictionary<string, string>
        {
            ["title"] = "Community support",
            ["value"] = "900000",
            ["cpv"] = "85312000",
            ["contractType"] = "services",
            ["procedure"] = "open",
            ["socialValueModel"] = "none",
            ["tenderStart"] = Day(5),
            ["tenderEnd"] = Day(40),
            ["documentsWithNotice"] = "yes",
        });
        var (added, addedPage) = await commissioner.SubmitToAsync(design, $"{design}?handler=AddLot", []);
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, $"{added.StatusCode} {addedPage.QuerySelector("main")?.TextContent}");
        var lot = new Dictionary<string, string>
        {
            ["lotId"] = "1",
            ["title"] = "Support at home",
            ["value"] = "900000",
            ["reservedParticipation"] = "",
            ["formula"] = "F4",
            ["floor"] = "500000",
            ["ceiling"] = "1200000",
            ["tieBreak"] = "higherQuality",
            ["c0.id"] = "quality",
            ["c0.type"] = "quality",
            ["c0.weight"] = "fifty",
            ["c1.id"] = "social-value",
            ["c1.title"] = "Local jobs",
            ["c1.type"] = "socialValue",
            ["c1.weight"] = "10",
            ["c1.goals"] = "good-local-jobs-in-care",
            ["c1.measures"] = "local-residents-hired",
            ["c2.id"] = "price",
            ["c2.type"] = "price",
            ["c2.weight"] = "40",
        };
        var (refused, refusedPage) = await commissioner.SubmitToAsync($"{design}/lots/0", $"{design}/lots/0", lot);
        lot["c0.weight"] = "50";
        var (saved, _) = await commissioner.SubmitToAsync($"{design}/lots/0", $"{design}/lots/0", lot);
        var (_, whatIf) = await commissioner.GetAsync($"{design}/what-if");
        var bids = whatIf.QuerySelectorAll("#bids-form input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty, StringComparer.Ordinal);
        bids["priceWeight"] = "70";
        var (scored, scoredPage) = await commissioner.SubmitToAsync($"{design}/what-if", $"{design}/what-if?lot=0", bids);
        var (checkResponse, check) = await commissioner.GetAsync($"{design}/check");
        Assert.True(checkResponse.StatusCode == HttpStatusCode.OK, $"{checkResponse.StatusCode} {check.QuerySelector("main")?.TextContent}");
        var (_, noAssessmentPage) = await commissioner.SubmitToAsync($"{design}/check", $"{design}/check", []);
        var (published, publishedPage) = await commissioner.SubmitToAsync($"{design}/check", $"{design}/check",
            new Dictionary<string, string> { ["conflicts"] = "No conflict was identified among the officers acting." });
        using var anonymous = new SignedInClient(_portal);
        var (_, search) = await anonymous.GetAsync("/search?q=Community+support");

        // Assert
        Assert.Contains("saved", goalPage.QuerySelector("#saved")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Weight of criterion quality must be a number", refusedPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(scored.StatusCode == HttpStatusCode.OK, $"{scored.StatusCode} {scoredPage.QuerySelector("main")?.TextContent}");
        Assert.Contains("Winner: ", scoredPage.QuerySelector("#winner")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(bids.Count(b => b.Key.EndsWith(".bidder", StringComparison.Ordinal) && b.Value.Length > 0), scoredPage.QuerySelectorAll("#arithmetic tbody tr").Length);
        Assert.NotNull(check.QuerySelector("#no-findings"));
        Assert.Contains("Prepare the conflicts assessment before publishing", noAssessmentPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Null(noAssessmentPage.QuerySelector("#published"));
        Assert.True(published.StatusCode == HttpStatusCode.OK, $"{published.StatusCode} {published.RequestMessage?.RequestUri} {publishedPage.QuerySelector("main")?.TextContent}");
        Assert.Contains("Published as ocds-stewrd-", publishedPage.QuerySelector("#published")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Community support", search.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherRolesAndOtherBuyers_AreRefused()
    {
        // Arrange
        using var commissioner = await MemberAsync(Role.Commissioner, OrganisationSide.Buyer, "Anytown Council", "c@anytown.example");
        using var other = await MemberAsync(Role.Commissioner, OrganisationSide.Buyer, "Othertown Council", "c@othertown.example");
        using var evaluator = await MemberAsync(Role.Evaluator, OrganisationSide.Buyer, "Thirdtown Council", "e@thirdtown.example");
        var (started, _) = await commissioner.SubmitToAsync("/commissioning", "/commissioning?handler=Start", new Dictionary<string, string> { ["title"] = "Private draft" });
        var design = SignedInClient.Location(started);

        // Act
        var (ownDesign, _) = await commissioner.GetAsync(design);
        var (otherBuyers, _) = await other.GetAsync(design);
        var (otherPublish, _) = await other.GetAsync($"{design}/check");
        var (evaluators, _) = await evaluator.GetAsync("/commissioning");
        using var anonymous = new SignedInClient(_portal);
        var (anonymousResponse, _) = await anonymous.GetAsync(design);

        // Assert
        Assert.Equal(HttpStatusCode.OK, ownDesign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherBuyers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPublish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, evaluators.StatusCode);
        Assert.Contains("access-denied", SignedInClient.Location(evaluators), StringComparison.Ordinal);
        Assert.Contains("sign-in", SignedInClient.Location(anonymousResponse), StringComparison.Ordinal);
    }

    public void Dispose() => _portal.Dispose();
}
