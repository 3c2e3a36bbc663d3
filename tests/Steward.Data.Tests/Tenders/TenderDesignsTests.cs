using System.Text.Json.Nodes;
using Steward.Core.Accounts;
using Steward.Core.Tenders;
using Steward.Data.Accounts;
using Steward.Data.Tenders;
using Steward.Testing;
using static Steward.Data.Tests.Accounts.AccountsFixture;

namespace Steward.Data.Tests.Tenders;

/// <summary>Designs in the store on both engines: goals, checking with the buyer's own goals, publication through the import path, amendments and refusals.</summary>
public sealed class TenderDesignsTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static readonly ActingParty Commissioner = new("account:c1", "Commissioner, Anytown Council");

    public const string Design = """
        {"title": "Community support", "buyer": {"socialValueModel": "ppn002"}, "value": 900000, "cpv": "85312000",
         "procedure": "competitiveFlexible", "tenderPeriod": {"startDate": "2026-12-07", "endDate": "2027-01-11"},
         "lots": [
           {"id": "1", "title": "Support at home", "value": 600000,
            "criteria": [{"id": "quality", "title": "Quality of support", "type": "quality", "weight": 50, "minimumScore": 40},
                         {"id": "sv", "title": "Local jobs", "type": "socialValue", "weight": 10, "goals": ["local-jobs"], "measures": ["local-hires"]},
                         {"id": "price", "title": "Price", "type": "price", "weight": 40}],
            "priceMethod": {"formula": "F4", "floor": 400000, "ceiling": 800000}, "tieBreak": "higherQuality"},
           {"id": "2", "title": "Day opportunities", "value": 300000, "reservedParticipation": "publicServiceMissionOrganization",
            "contractPeriod": {"startDate": "2027-04-01", "endDate": "2030-03-31"},
            "criteria": [{"id": "quality", "type": "quality", "weight": 60},
                         {"id": "sv", "type": "socialValue", "weight": 10, "goals": ["local-jobs"], "measures": ["local-hires"]},
                         {"id": "price", "type": "price", "weight": 30}],
            "priceMethod": {"formula": "F1"}, "tieBreak": "lowerPrice"}]}
        """;

    private static readonly Goal LocalJobs = new("local-jobs", "Good local jobs in care", null, "ppn002:1", null, new DateOnly(2026, 4, 1), new DateOnly(2030, 3, 31),
        GoalStatus.Active, [new Measure("local-hires", "Local residents hired", "people", MeasureDirection.Increase)]);

    private static (string Buyer, TenderDesigns Designs, BuyerGoals Goals) Arrange(TestDatabase database, string name = "Anytown Council", string identifier = "GB-PPON-ANYT-1234-TOWN")
    {
        var clock = NewClock();
        var buyer = new AccountDirectory(database.Target, clock).AddOrganisation(name, OrganisationSide.Buyer, identifier, "cli:test").Value;
        return (buyer.Id, new TenderDesigns(database.Target, clock), new BuyerGoals(database.Target, clock));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Publish_WritesATenderReleaseThroughTheImportPath_WithItsWeightsAndReservation(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var (buyer, designs, goals) = Arrange(database);
        goals.Save(buyer, LocalJobs, Commissioner);
        var design = designs.Create(buyer, Design, Commissioner).Value;
        Assess(database, buyer, design.Id);
        var warning = Assert.Single(designs.Review(design.Id, Today)!.Findings);

        // Act
        var published = designs.Publish(design.Id, buyer, Today, [new WarningReason(warning.Code, warning.Path, "Lot 2 has few bidders; F1 is the framework's published method")], null, Commissioner);

        // Assert
        Assert.True(published.IsSuccess, published.Error?.Message);
        Assert.Equal(("RELATIVE_PRICE_METHOD", "lots[1].priceMethod"), (warning.Code, warning.Path));
        using var context = database.Context();
        var process = context.Processes.Single(p => p.Ocid == published.Value.Ocid);
        Assert.Equal(("Community support", "GB-PPON-ANYT-1234-TOWN", "Competitive flexible procedure"), (process.Title, process.BuyerId, process.ProcurementMethodDetails));
        var criteria = context.AwardCriteria.Where(c => c.Ocid == process.Ocid).OrderBy(c => c.LotId).ThenBy(c => c.Ordinal).ToList();
        Assert.Equal([50d, 10d, 40d, 60d, 10d, 30d], criteria.Select(c => c.Weight!.Value));
        Assert.Equal([false, true, false, false, true, false], criteria.Select(c => c.SocialValue));
        Assert.Equal(2, context.Lots.Count(l => l.Ocid == process.Ocid));
        Assert.Contains("Lot 2 has few bidders", Assert.Single(designs.Reasons(design.Id)).Reason, StringComparison.Ordinal);
        Assert.Contains(context.AuditEntries, e => e.Subject == $"design:{design.Id}");
        designs.Save(design.Id, buyer, Design.Replace("Community support", "Unpublished new title", StringComparison.Ordinal), Commissioner);
        var entry = Assert.Single(designs.Library());
        Assert.Equal(("Community support", "Anytown Council", published.Value.Ocid), (entry.Title, entry.BuyerName, entry.Ocid));
        Assert.Equal(["PPN002: Fair work"], entry.Outcomes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Publish_Again_NeedsARationale_AndPublishesATenderAmendment(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var (buyer, designs, goals) = Arrange(database);
        goals.Save(buyer, LocalJobs, Commissioner);
        var design = designs.Create(buyer, Design.Replace("\"formula\": \"F1\"", "\"formula\": \"F4\", \"floor\": 200000, \"ceiling\": 400000", StringComparison.Ordinal), Commissioner).Value;
        Assess(database, buyer, design.Id);
        var first = designs.Publish(design.Id, buyer, Today, [], null, Commissioner).Value;
        designs.Save(design.Id, buyer, JsonNode.Parse(first.Json)!.ToJsonString().Replace("\"weight\":50", "\"weight\":45", StringComparison.Ordinal)
            .Replace("\"weight\":40", "\"weight\":45", StringComparison.Ordinal), Commissioner);

        // Act
        var unexplained = designs.Publish(design.Id, buyer, Today, [], null, Commissioner);
        var amended = designs.Publish(design.Id, buyer, Today, [], "Price weight raised after market engagement", Commissioner);

        // Assert
        Assert.Contains("say why the tender is changing", unexplained.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((first.Ocid, 2), (amended.Value.Ocid, amended.Value.Releases));
        using var context = database.Context();
        var tags = context.Releases.Where(r => r.Ocid == first.Ocid).OrderBy(r => r.ReleaseKey).Select(r => r.Tags).ToList();
        Assert.Equal(2, tags.Count);
        Assert.Contains("tenderAmendment", tags[1], StringComparison.Ordinal);
        Assert.Equal([45d, 10d, 45d], context.AwardCriteria.Where(c => c.Ocid == first.Ocid && c.LotId == "1").OrderBy(c => c.Ordinal).Select(c => c.Weight!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Publish_WithAnErrorOrAnUnexplainedWarning_IsRefused_AndNothingIsImported(string provider)
    {
        // Arrange: no goal saved, so both social value criteria name a goal the buyer does not have.
        using var database = TestDatabase.Create(provider);
        var (buyer, designs, goals) = Arrange(database);
        var design = designs.Create(buyer, Design, Commissioner).Value;
        Assess(database, buyer, design.Id);

        // Act
        var withError = designs.Publish(design.Id, buyer, Today, [], null, Commissioner);
        goals.Save(buyer, LocalJobs, Commissioner);
        var withWarning = designs.Publish(design.Id, buyer, Today, [new WarningReason("RELATIVE_PRICE_METHOD", "lots[1].priceMethod", "  ")], null, Commissioner);

        // Assert
        Assert.Contains("error(s) block publication: lots[0].criteria[1].goals:", withError.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("record a reason to proceed past each warning: RELATIVE_PRICE_METHOD at lots[1].priceMethod", withWarning.Error!.Message, StringComparison.Ordinal);
        using var context = database.Context();
        Assert.Empty(context.Processes);
        Assert.Equal("draft", designs.Find(design.Id)!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Publish_BeforeAConflictsAssessment_IsRefused_PA2023s83(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var (buyer, designs, goals) = Arrange(database);
        goals.Save(buyer, LocalJobs, Commissioner);
        var design = designs.Create(buyer, Design, Commissioner).Value;
        var warning = Assert.Single(designs.Review(design.Id, Today)!.Findings);

        // Act
        var refused = designs.Publish(design.Id, buyer, Today, [new WarningReason(warning.Code, warning.Path, "F1 is the framework's method")], null, Commissioner);
        Assess(database, buyer, design.Id);
        var published = designs.Publish(design.Id, buyer, Today, [new WarningReason(warning.Code, warning.Path, "F1 is the framework's method")], null, Commissioner);

        // Assert
        Assert.Contains("conflicts assessment before publishing the tender notice (PA 2023 s.83(1))", refused.Error?.Message, StringComparison.Ordinal);
        Assert.True(published.IsSuccess, published.Error?.Message);
    }

    /// <summary>Records the design's conflicts assessment, as a commissioner does before publishing (PA 2023 s.83).</summary>
    internal static void Assess(TestDatabase database, string buyer, string design)
    {
        var clock = NewClock();
        var recorded = new Data.Bids.Evaluations(database.Target, clock, new Data.Bids.TenderBoxes(database.Target, clock, new Data.Bids.BidOptions()))
            .RecordAssessment(design, buyer, "No conflict or potential conflict was identified among the officers and advisers acting.", Commissioner);
        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Save_AWeightAsText_IsRefusedNamingTheField_AndTheDesignIsUnchanged(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var (buyer, designs, _) = Arrange(database);
        var design = designs.Create(buyer, Design, Commissioner).Value;

        // Act
        var refused = designs.Save(design.Id, buyer, Design.Replace("\"weight\": 50", "\"weight\": \"fifty\"", StringComparison.Ordinal), Commissioner);

        // Assert
        Assert.Contains("lots[0].criteria[0].weight: expected a number, found \"fifty\"", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(design.Json, designs.Find(design.Id)!.Json);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AnotherBuyer_CannotSaveOrPublishTheDesign_AndItsExportNamesTheGoalsAsAnotherBuyers(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var (buyer, designs, goals) = Arrange(database);
        var (other, _, _) = Arrange(database, "Othertown Council", "GB-PPON-OTHE-5678-TOWN");
        goals.Save(buyer, LocalJobs, Commissioner);
        var design = designs.Create(buyer, Design, Commissioner).Value;

        // Act
        var saved = designs.Save(design.Id, other, Design, Commissioner);
        var published = designs.Publish(design.Id, other, Today, [], null, Commissioner);
        var copy = designs.Create(other, designs.Export(design.Id, Today)!, Commissioner).Value;

        // Assert
        Assert.False(saved.IsSuccess);
        Assert.False(published.IsSuccess);
        var findings = designs.Review(copy.Id, Today)!.Findings;
        Assert.Contains(findings, f => f.Code == "GOAL_OF_ANOTHER_BUYER" && f.Message.Contains("GB-PPON-ANYT-1234-TOWN", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Goals_AreSavedWhole_OrRefusedNamingTheField_AndArePublic(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        var (buyer, _, goals) = Arrange(database);

        // Act
        var refused = goals.Save(buyer, LocalJobs with { Measures = [new Measure("local-hires", "Local residents hired", " ", MeasureDirection.Increase)] }, Commissioner);
        var badOutcome = goals.Save(buyer, LocalJobs with { Outcome = "ppn002:42" }, Commissioner);
        var saved = goals.Save(buyer, LocalJobs, Commissioner);

        // Assert
        Assert.Contains("measures[0].unit: missing", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("outcome: \"ppn002:42\" is not a Social Value Model outcome", badOutcome.Error!.Message, StringComparison.Ordinal);
        Assert.True(saved.IsSuccess);
        var listed = Assert.Single(goals.All());
        Assert.Equal(("Anytown Council", "local-jobs", "GB-PPON-ANYT-1234-TOWN"), (listed.BuyerName, listed.Goal.Id, listed.Goal.Owner));
        Assert.Equal("people", Assert.Single(listed.Goal.Measures).Unit);
    }
}
