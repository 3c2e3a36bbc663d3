using System.Text;
using System.Text.Json.Nodes;
using Steward.Core.Evaluation.Bids;
using Steward.Data.Bids;
using Steward.Ocds;
using Steward.Ocds.Reading;
using Steward.Ocds.Validation;
using Steward.Testing;

namespace Steward.Data.Tests.Bids;

/// <summary>The contract award (UK6) and contract details (UK7) notices: valid OCDS 1.1.5 with the UK, bid and metrics extensions, shaped as Find a Tender's.</summary>
public sealed class AwardReleaseWriterTests
{
    private static readonly AwardNotice Notice = new("ocds-stewrd-abc", "1", "North", "GB-PPON-ANYT-1234-TOWN", "Anytown Council",
        ("Alpha Care CIC", "GB-COH", "11111111", true, true), 480_000m, "GBP", new DateOnly(2027, 1, 12), new DateOnly(2027, 1, 21),
        new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero), (3, 2, 1),
        [new Commitment("local-hires", 12m, "people", new DateOnly(2028, 3, 31), "Anytown", "sv")]);

    private static readonly DateTimeOffset When = new(2027, 1, 12, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("award")]
    [InlineData("contract")]
    public async Task Write_IsValidOcds115_WithItsExtensions(string which)
    {
        // Arrange
        var json = which == "award" ? AwardReleaseWriter.Award(Notice, 1, When, "Steward")
            : AwardReleaseWriter.Contract(Notice, (new DateOnly(2027, 2, 1), new DateOnly(2029, 1, 31), When.AddDays(10)), 1, When.AddDays(10), "Steward");
        var schemas = new SchemaProvider(new SchemaFolder(SharedData.SchemaFolder));
        using var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), $"{which}.json");
        var problems = new List<OcdsProblem>();

        // Act
        var counts = await new OcdsValidator(schemas).ValidateAsync(reader, problems.Add, TestContext.Current.CancellationToken);

        // Assert: nothing but the shared folder's own gaps (extensions the UK extension depends on that it does not hold),
        // and the UK's bid statistics codes, which the UK extension adds as "+bidStatistics.csv" rather than to the bid
        // extension's statistic.csv, so a validator sees them as new codes of an open codelist (as on Find a Tender's data).
        var real = problems.Where(p => p.Code is not ("extension-unavailable" or "schema-incomplete")
            && !(p.Code == "codelist-open" && p.Message.Contains("FinalStageBids", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(real.Count == 0, string.Join("\n", real.Select(p => p.ToString())));
        Assert.Equal(1, counts.Releases);
    }

    [Fact]
    public void Award_IsShapedAsAUk6Notice_WithTheCommitmentsAsAgreedMetrics()
    {
        // Act
        var release = JsonNode.Parse(AwardReleaseWriter.Award(Notice, 1, When, "Steward"))!["releases"]![0]!;

        // Assert
        var award = release["awards"]![0]!;
        Assert.Equal("UK6", (string?)award["documents"]![0]!["noticeType"]);
        Assert.Equal("2027-01-21T23:59:59Z", (string?)award["standstillPeriod"]!["endDate"]);
        Assert.Equal(480_000m, (decimal)award["value"]!["amount"]!);
        Assert.Equal(12m, (decimal)award["agreedMetrics"]![0]!["observations"]![0]!["measure"]!);
        Assert.Equal("people", (string?)award["agreedMetrics"]![0]!["observations"]![0]!["unit"]!["name"]);
        var supplier = release["parties"]!.AsArray().Single(p => (string?)p!["roles"]![0] == "supplier")!;
        Assert.Equal(("sme", true), ((string?)supplier["details"]!["scale"], (bool?)supplier["details"]!["vcse"]));
        Assert.Null(supplier["contactPoint"]);
        Assert.Equal(["finalStageBids:3", "smeFinalStageBids:2", "vcseFinalStageBids:1"],
            release["bids"]!["statistics"]!.AsArray().Select(s => $"{s!["measure"]}:{s["value"]}"));
    }
}
