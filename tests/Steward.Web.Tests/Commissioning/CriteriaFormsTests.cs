using System.Net;
using System.Text.Json.Nodes;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Tenders;
using Steward.Testing;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Commissioning;

/// <summary>
/// The lot's quality scale and a criterion's sub-criteria edited in forms, not JSON: saved into DESIGN.json, refused
/// with the field named, and judged by the checker (SUBCRITERIA_WEIGHTS) as the JSON would be.
/// </summary>
public sealed class CriteriaFormsTests : IDisposable
{
    private const string Design = """
        {"title":"Day services","value":400000,"procedure":"open","buyer":{"socialValueModel":"none"},
         "lots":[{"id":"1","title":"Day centres","value":400000,"priceMethod":{"formula":"F4","floor":300000,"ceiling":500000},"tieBreak":"higherQuality",
                  "criteria":[{"id":"quality","type":"quality","weight":60},{"id":"price","type":"price","weight":40}]}]}
        """;

    private readonly PortalFactory _portal = new(TestDatabase.Sqlite(), new()
    {
        ["Steward:DemoReleases"] = "0",
        ["Steward:Accounts:SignInsPerMinute"] = "1000",
    });

    private async Task<(SignedInClient Client, string Design, string Organisation)> CommissionerWithDesignAsync()
    {
        var directory = new AccountDirectory(_portal.Target, TimeProvider.System);
        var organisation = directory.AddOrganisation("Formtown Council", OrganisationSide.Buyer, null, "cli:test").Value;
        var client = new SignedInClient(_portal);
        await client.JoinWithSecondFactorAsync(directory.Invite(organisation.Id, Role.Commissioner, TimeSpan.FromDays(1), "cli:test").Value.Token, "c@formtown.example");
        var (started, _) = await client.SubmitToAsync("/commissioning", "/commissioning?handler=Start", new Dictionary<string, string> { ["title"] = "Day services" });
        var design = SignedInClient.Location(started);
        var (saved, _) = await client.SubmitToAsync($"{design}/json", $"{design}/json", new Dictionary<string, string> { ["design"] = Design });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (client, design, organisation.Id);
    }

    private JsonObject Stored(string design) =>
        JsonNode.Parse(new TenderDesigns(_portal.Target, TimeProvider.System).Find(design.Split('/')[^1])!.Json)!.AsObject();

    [Fact]
    public async Task CostTemplate_RefusesOneWithoutAMargin_SavesAValidOne_AndRemovesIt()
    {
        // Arrange
        var (client, design, _) = await CommissionerWithDesignAsync();
        using var _ = client;
        var costs = $"{design}/lots/0/costs";
        const string NoMargin = """{"id":"day","title":"Day centre costs","unit":"day","expectedUnits":5000,"lines":[{"id":"staff","label":"Staff","category":"Staff","required":true}]}""";
        var valid = NoMargin.Replace("}]}", "},{\"id\":\"margin\",\"label\":\"Profit\",\"category\":\"Margin\",\"required\":true}]}", StringComparison.Ordinal);

        // Act
        var (refused, refusedPage) = await client.SubmitToAsync(costs, costs, new Dictionary<string, string> { ["template"] = NoMargin });
        var (notJson, notJsonPage) = await client.SubmitToAsync(costs, costs, new Dictionary<string, string> { ["template"] = "{\"id\":" });
        var afterRefusals = Stored(design)["lots"]![0]!["costTemplate"];
        var (saved, _) = await client.SubmitToAsync(costs, costs, new Dictionary<string, string> { ["template"] = valid });
        var afterSave = Stored(design)["lots"]![0]!["costTemplate"]?["lines"]?.AsArray().Count;
        var (_, lotPage) = await client.GetAsync($"{design}/lots/0");
        var (removed, _) = await client.SubmitToAsync(costs, $"{costs}?handler=Remove", []);

        // Assert
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Margin", refusedPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, notJson.StatusCode);
        Assert.Contains("The template is not JSON", notJsonPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(afterRefusals);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, afterSave);
        Assert.Contains("Day centre costs", lotPage.QuerySelector("#costs-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(Stored(design)["lots"]![0]!["costTemplate"]);
    }

    [Fact]
    public async Task Scale_StartsFromTheCommonScale_RefusesADescriptorAboveTheTop_ThenSaves()
    {
        // Arrange
        var (client, design, _) = await CommissionerWithDesignAsync();
        using var _ = client;
        var scale = $"{design}/lots/0/scale";

        // Act
        var (common, _) = await client.SubmitToAsync(scale, $"{scale}?handler=Common", []);
        var afterCommon = Stored(design);
        var (refused, refusedPage) = await client.SubmitToAsync(scale, scale, new Dictionary<string, string> { ["max"] = "4", ["d0"] = "Nothing", ["d4"] = "Excellent", ["d5"] = "Beyond" });
        var afterRefusal = Stored(design);
        var (saved, _) = await client.SubmitToAsync(scale, scale, new Dictionary<string, string> { ["max"] = "4", ["d0"] = "Nothing", ["d2"] = "Meets it", ["d4"] = "Excellent" });
        var (_, lotPage) = await client.GetAsync($"{design}/lots/0");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, common.StatusCode);
        Assert.Equal(5m, (decimal)afterCommon["lots"]![0]!["scale"]!["max"]!);
        Assert.Equal(6, afterCommon["lots"]![0]!["scale"]!["descriptors"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Score 5 is above the top score (4)", refusedPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5m, (decimal)afterRefusal["lots"]![0]!["scale"]!["max"]!);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("/lots/0", SignedInClient.Location(saved), StringComparison.Ordinal);
        var stored = Stored(design)["lots"]![0]!["scale"]!;
        Assert.Equal(4m, (decimal)stored["max"]!);
        Assert.Equal(["0:Nothing", "2:Meets it", "4:Excellent"], stored["descriptors"]!.AsArray().Select(d => $"{d!["score"]}:{d["text"]}"));
        Assert.Contains("Marked 0 to 4, with 3 descriptors", lotPage.QuerySelector("#scale-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubCriteria_SplitACriterion_TheCheckerJudgesTheSplit_AndTheLotPageLeadsThere()
    {
        // Arrange
        var (client, design, _) = await CommissionerWithDesignAsync();
        using var _ = client;
        var sub = $"{design}/lots/0/criteria/0";
        var lotFields = new Dictionary<string, string>
        {
            ["lotId"] = "1",
            ["title"] = "Day centres",
            ["value"] = "400000",
            ["formula"] = "F4",
            ["floor"] = "300000",
            ["ceiling"] = "500000",
            ["tieBreak"] = "higherQuality",
            ["c0.id"] = "quality",
            ["c0.type"] = "quality",
            ["c0.weight"] = "60",
            ["c1.id"] = "price",
            ["c1.type"] = "price",
            ["c1.weight"] = "40",
            ["then"] = "sub:0",
        };

        // Act
        var (viaLot, _) = await client.SubmitToAsync($"{design}/lots/0", $"{design}/lots/0", lotFields);
        var (duplicate, duplicatePage) = await client.SubmitToAsync(sub, sub, new Dictionary<string, string> { ["s0.id"] = "q1", ["s0.weight"] = "30", ["s1.id"] = "q1", ["s1.weight"] = "30" });
        var (uneven, _) = await client.SubmitToAsync(sub, sub, new Dictionary<string, string> { ["s0.id"] = "q1", ["s0.title"] = "Staffing", ["s0.weight"] = "30", ["s1.id"] = "q2", ["s1.title"] = "Activities", ["s1.weight"] = "20" });
        var (_, unevenPage) = await client.GetAsync(sub);
        var (even, _) = await client.SubmitToAsync(sub, sub, new Dictionary<string, string> { ["s0.id"] = "q1", ["s0.title"] = "Staffing", ["s0.weight"] = "30", ["s1.id"] = "q2", ["s1.title"] = "Activities", ["s1.weight"] = "30", ["s2.id"] = "" });
        var (_, lotPage) = await client.GetAsync($"{design}/lots/0");
        var review = new TenderDesigns(_portal.Target, TimeProvider.System).Review(design.Split('/')[^1], DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime))!;

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, viaLot.StatusCode);
        Assert.EndsWith("/lots/0/criteria/0", SignedInClient.Location(viaLot), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("Sub-criterion id \"q1\" is used twice", duplicatePage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, uneven.StatusCode);
        Assert.Contains("The sub-criteria of quality carry 50 marks between them, not the 60", unevenPage.QuerySelector("#criterion-findings")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, even.StatusCode);
        Assert.DoesNotContain(review.Findings, f => f.Code == "SUBCRITERIA_WEIGHTS");
        var stored = Stored(design)["lots"]![0]!["criteria"]![0]!["subCriteria"]!.AsArray();
        Assert.Equal(["q1:30", "q2:30"], stored.Select(s => $"{s!["id"]}:{s["weight"]}"));
        Assert.Contains("Staffing (30%); Activities (30%)", lotPage.QuerySelector("#criterion-0-subs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherBuyersLot_ScaleAndSubCriteria_AreNotFound()
    {
        // Arrange
        var (client, design, _) = await CommissionerWithDesignAsync();
        using var _ = client;
        var directory = new AccountDirectory(_portal.Target, TimeProvider.System);
        var other = directory.AddOrganisation("Elsewhere Council", OrganisationSide.Buyer, null, "cli:test").Value;
        using var stranger = new SignedInClient(_portal);
        await stranger.JoinWithSecondFactorAsync(directory.Invite(other.Id, Role.Commissioner, TimeSpan.FromDays(1), "cli:test").Value.Token, "c@elsewhere.example");

        // Act
        var (scale, _) = await stranger.GetAsync($"{design}/lots/0/scale");
        var (sub, _) = await stranger.GetAsync($"{design}/lots/0/criteria/0");
        var (noSuchCriterion, _) = await client.GetAsync($"{design}/lots/0/criteria/9");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, scale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sub.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchCriterion.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
