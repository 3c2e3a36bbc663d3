using System.Text.Json.Nodes;
using Steward.Core.Tenders;
using static Steward.Core.Tests.Tenders.DesignFixture;

namespace Steward.Core.Tests.Tenders;

/// <summary>Each finding of the design checker, and its absence on the design that passes (DesignFixture).</summary>
public sealed class DesignCheckerTests
{
    [Fact]
    public void Check_TheFixture_FindsNothing() => Assert.Empty(Check());

    [Theory]
    [InlineData("title")]
    [InlineData("value")]
    [InlineData("procedure")]
    public void Check_AMissingFact_IsAnErrorNamingIt(string field)
    {
        // Act
        var findings = Check(d => d.Remove(field));

        // Assert
        var finding = Assert.Single(findings, f => f.Path == field);
        Assert.Equal(("MISSING", FindingSeverity.Error), (finding.Code, finding.Severity));
    }

    [Fact]
    public void Check_ACostTemplateWithoutARequiredMargin_IsAnErrorOnItsLot()
    {
        // Act: a template bidders could answer without showing their margin.
        var findings = Check(d => Lot(d, 0)["costTemplate"] = JsonNode.Parse("""
            {"id":"t","title":"Costs","unit":"hour","expectedUnits":100,"lines":[{"id":"staff","label":"Staff","category":"Staff","required":true}]}
            """));

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal(("COST_TEMPLATE_INVALID", "lots[0].costTemplate", FindingSeverity.Error), (finding.Code, finding.Path, finding.Severity));
        Assert.Contains("Margin", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ACostTemplateOfTheWrongShape_NamesItsPath()
    {
        // Act
        var (_, errors) = TenderDesignJson.Read(System.Text.Json.JsonDocument.Parse("""
            {"title":"T","lots":[{"id":"1","costTemplate":{"id":"t","title":"Costs","unit":"hour","expectedUnits":"many","lines":[]}}]}
            """).RootElement);

        // Assert
        Assert.Contains(errors, e => e.Message.Contains("lots[0].costTemplate.expectedUnits", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WeightsThatDoNotAddUp_AreAnError()
    {
        // Act
        var findings = Check(d => Criterion(d, 0, 0)["weight"] = 35);

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal(("WEIGHTS_TOTAL", "lots[0].criteria"), (finding.Code, finding.Path));
        Assert.Contains("add up to 95, not 100", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SubCriteriaThatDoNotSplitTheirParent_AreAnError()
    {
        // Act
        var findings = Check(d => Criterion(d, 0, 1)["subCriteria"]![1]!["weight"] = 15);

        // Assert
        Assert.Contains(findings, f => f.Code == "SUBCRITERIA_WEIGHTS" && f.Path == "lots[0].criteria[1].subCriteria" && f.Message.Contains("carry 45 marks", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AMinimumAboveTheTopOfTheScale_IsAnError()
    {
        // Act
        var findings = Check(d => Criterion(d, 0, 1)["subCriteria"]![0]!["minimumScore"] = 6);

        // Assert
        Assert.Equal(["MINIMUM_ABOVE_MAXIMUM"], Codes(findings));
    }

    [Theory]
    [InlineData("F1", true)]
    [InlineData("F2", true)]
    [InlineData("F3", true)]
    [InlineData("F5", true)]
    [InlineData("F6", true)]
    [InlineData("F4", false)]
    public void Check_ARelativePriceMethod_IsAWarningWithItsRankReversal(string formula, bool warned)
    {
        // Act
        var findings = Check(d => Lot(d, 0)["priceMethod"] = new JsonObject { ["formula"] = formula, ["floor"] = 1_500_000, ["ceiling"] = 3_000_000 });

        // Assert
        var finding = findings.SingleOrDefault(f => f.Code == "RELATIVE_PRICE_METHOD");
        Assert.Equal(warned, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(FindingSeverity.Warning, finding.Severity);
            var example = Assert.IsType<RankReversal>(finding.Example);
            Assert.Equal("A", example.Before.Winner);
            Assert.True(example.After.Bids.First(b => b.Bidder == "B").Rank < example.After.Bids.First(b => b.Bidder == "A").Rank);
            Assert.Contains("B beats A", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_RankReversal_T3_IsShownOnTheDesignsOwnWeights()
    {
        // Arrange: T3's weights, quality 60 and price 40 under F1, and a buyer out of the model's scope.
        var design = Design(d =>
        {
            d["buyer"]!["socialValueModel"] = "none";
            var lot = Lot(d, 0);
            lot["criteria"] = new JsonArray(
                new JsonObject { ["id"] = "quality", ["type"] = "quality", ["weight"] = 60, ["maxScore"] = 100 },
                new JsonObject { ["id"] = "price", ["type"] = "price", ["weight"] = 40 });
            lot["priceMethod"] = new JsonObject { ["formula"] = "F1" };
            lot["value"] = 100_000;
        });

        // Act
        var finding = Assert.Single(DesignChecker.Check(design, new DesignCheckSettings(Today)), f => f.Code == "RELATIVE_PRICE_METHOD");

        // Assert: the sample bids re-scored by the engine reverse as the finding says.
        var example = finding.Example!;
        var lot = design.Lots[0].ForScoring()!;
        var again = Core.Evaluation.Scoring.LotScoring.Score(lot, [Bid(example.First), Bid(example.Second), Bid(example.Third)]);
        Assert.Equal(example.After.Winner, again.Winner);
        Assert.NotEqual("A", again.Winner);
        Assert.Equal("A", example.Before.Winner);
    }

    private static Core.Evaluation.Scoring.TenderBid Bid(SampleBid bid) => new(bid.Bidder, bid.Price, new Dictionary<string, decimal> { ["quality"] = bid.QualityPercent });

    [Fact]
    public void Check_NoTieBreak_IsAWarning()
    {
        // Act
        var finding = Assert.Single(Check(d => Lot(d, 1).Remove("tieBreak")));

        // Assert
        Assert.Equal(("NO_TIE_BREAK", FindingSeverity.Warning, "lots[1].tieBreak"), (finding.Code, finding.Severity, finding.Path));
    }

    [Fact]
    public void Check_PpqpWithoutAThreshold_IsAWarning()
    {
        // Act
        var findings = Check(d =>
        {
            var lot = Lot(d, 1);
            lot["priceMethod"] = new JsonObject { ["formula"] = "F7" };
            lot["criteria"]![0]!["weight"] = 0;
            lot["criteria"]![1]!["weight"] = 80;
        });

        // Assert
        Assert.Equal(["PPQP_NO_THRESHOLD"], Codes(findings));
    }

    [Fact]
    public void Check_AnAdditiveMethodWithNoPriceWeight_IsAnError()
    {
        // Act
        var findings = Check(d =>
        {
            Criterion(d, 1, 0)["weight"] = 0;
            Criterion(d, 1, 1)["weight"] = 80;
        });

        // Assert
        Assert.Equal(["PRICE_CRITERION_MISSING"], Codes(findings));
    }

    [Fact]
    public void Check_AnUnknownCpv_IsAnError()
    {
        // Act
        var finding = Assert.Single(Check(d => d["cpv"] = new JsonArray("12345678")), f => f.Code == "CPV_UNKNOWN");

        // Assert
        Assert.Equal(("CPV_UNKNOWN", "cpv"), (finding.Code, finding.Path));
        Assert.Contains("no CPV division starts 12", finding.Message, StringComparison.Ordinal);
    }
}
