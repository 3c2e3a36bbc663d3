using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Ocds;
using Steward.Ocds.Reading;
using Steward.Ocds.Validation;
using Steward.Testing;

namespace Steward.Data.Tests.Tenders;

/// <summary>The release a published design becomes: valid OCDS 1.1.5 with the UK extension and the extensions UK4 notices use, UK4-shaped, with no personal data.</summary>
public sealed class TenderReleaseWriterTests
{
    private static TenderDesign Design()
    {
        using var document = JsonDocument.Parse(TenderDesignsTests.Design);
        var (design, _) = TenderDesignJson.Read(document.RootElement);
        return design with
        {
            Buyer = design.Buyer with { Id = "GB-PPON-ANYT-1234-TOWN", Name = "Anytown Council" },
            Goals = [new Goal("local-jobs", "Good local jobs in care", null, "ppn002:1", "GB-PPON-ANYT-1234-TOWN", null, null, GoalStatus.Active,
                [new Measure("local-hires", "Local residents hired", "people", MeasureDirection.Increase)])],
        };
    }

    private static string Write(string? amendment = null) =>
        TenderReleaseWriter.Write(Design(), ("ocds-stewrd-abc", amendment is null ? 1 : 2, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), "Steward"),
            ("GB-PPON", "ANYT-1234-TOWN"), amendment);

    [Theory]
    [InlineData(null)]
    [InlineData("Deadline extended after a clarification")]
    public async Task Write_IsValidOcds115_WithTheUkAndLotsExtensions(string? amendment)
    {
        // Arrange
        var schemas = new SchemaProvider(new SchemaFolder(SharedData.SchemaFolder));
        using var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(Write(amendment))), "release.json");
        var problems = new List<OcdsProblem>();

        // Act
        var counts = await new OcdsValidator(schemas).ValidateAsync(reader, problems.Add, TestContext.Current.CancellationToken);

        // Assert: nothing but the shared folder's own gaps (extensions the UK extension depends on that it does not hold).
        var real = problems.Where(p => p.Code is not ("extension-unavailable" or "schema-incomplete")).ToList();
        Assert.True(real.Count == 0, string.Join("\n", real.Select(p => p.ToString())));
        Assert.Contains(problems, p => p.Code == "extension-unavailable");
        Assert.Equal(1, counts.Releases);
    }

    [Fact]
    public void Write_IsShapedAsAUk4Notice()
    {
        // Act
        var release = JsonNode.Parse(Write())!["releases"]![0]!;

        // Assert
        var lots = release["tender"]!["lots"]!.AsArray();
        var criteria = lots[0]!["awardCriteria"]!["criteria"]!.AsArray();
        Assert.Equal(["quality", "quality", "price"], criteria.Select(c => (string?)c!["type"]));
        Assert.Equal("Social value: Local jobs", (string?)criteria[1]!["name"]);
        Assert.Equal((10m, "percentageExact"), ((decimal)criteria[1]!["numbers"]![0]!["number"]!, (string?)criteria[1]!["numbers"]![0]!["weight"]));
        Assert.Equal((40m, "minimumScore"), ((decimal)criteria[0]!["numbers"]![1]!["number"]!, (string?)criteria[0]!["numbers"]![1]!["threshold"]));
        Assert.Contains("Local residents hired (people)", (string?)criteria[1]!["description"], StringComparison.Ordinal);
        Assert.Equal("publicServiceMissionOrganization", (string?)lots[1]!["otherRequirements"]!["reservedParticipation"]![0]);
        Assert.Equal("evaluationCriteria", (string?)release["tender"]!["documents"]![0]!["documentType"]);
        Assert.Equal(["buyer"], release["parties"]![0]!["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Null(release["parties"]![0]!["contactPoint"]);
    }
}
