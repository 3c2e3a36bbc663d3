using System.Text.Json.Nodes;
using Steward.Core.Tenders;
using static Steward.Core.Tests.Tenders.DesignFixture;

namespace Steward.Core.Tests.Tenders;

/// <summary>The Social Value Model's floor (evaluation-methods.md T18), and goals and measures behind social value criteria.</summary>
public sealed class DesignCheckerSocialValueTests
{
    /// <summary>Lot 1 reweighted: price, quality, social value.</summary>
    private static Action<JsonObject> Weights(int price, int quality, int socialValue, string formula = "F4") => d =>
    {
        Criterion(d, 0, 0)["weight"] = price;
        var q = Criterion(d, 0, 1);
        q["weight"] = quality;
        q.Remove("subCriteria");
        Criterion(d, 0, 2)["weight"] = socialValue;
        Lot(d, 0)["priceMethod"] = new JsonObject { ["formula"] = formula, ["floor"] = 1_500_000, ["ceiling"] = 3_000_000 };
    };

    [Theory]
    [InlineData(40, 51, 9, true)]
    [InlineData(40, 50, 10, false)]
    [InlineData(30, 45, 25, false)]
    public void Check_T18_Ppn002WeightedModel_RefusesUnderTenPercentOfTheTotal(int price, int quality, int socialValue, bool refused)
    {
        // Act
        var findings = Check(Weights(price, quality, socialValue));

        // Assert
        Assert.Equal(refused, findings.Any(f => f.Code == "SOCIAL_VALUE_WEIGHT" && f.Path == "lots[0].criteria"));
        if (refused)
        {
            Assert.Contains("9% of the total score", findings.Single().Message, StringComparison.Ordinal);
            Assert.StartsWith("PPN 002", findings.Single().Reference, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(91, 9, true)]
    [InlineData(90, 10, false)]
    public void Check_T18_UnderPpqp_TheFloorIsOfTheQualityScore(int quality, int socialValue, bool refused)
    {
        // Act: under F7 price carries no weight; quality and social value share the quality marks.
        var findings = Check(d =>
        {
            Weights(0, quality, socialValue, "F7")(d);
            Lot(d, 0)["qualityThreshold"] = 50;
        });

        // Assert
        var floor = findings.SingleOrDefault(f => f.Code == "SOCIAL_VALUE_WEIGHT");
        Assert.Equal(refused, floor is not null);
        Assert.True(floor is null || floor.Message.Contains("of the quality score", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_T18_OrderOfImportanceInScope_CannotMeetTheFloor()
    {
        // Act
        var findings = Check(d => Lot(d, 0)["relativeImportance"] = "order");

        // Assert
        Assert.Contains(findings, f => f.Code == "ORDER_OF_IMPORTANCE" && f.Severity == FindingSeverity.Warning);
        Assert.Contains(findings, f => f.Code == "SOCIAL_VALUE_WEIGHT" && f.Message.Contains("ranks its criteria", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ABuyerOutOfScope_HasNoFloor()
    {
        // Act
        var findings = Check(d =>
        {
            Weights(45, 50, 5)(d);
            d["buyer"]!["socialValueModel"] = "none";
        });

        // Assert
        Assert.Empty(findings);
    }

    [Fact]
    public void Check_Ppn002_BelowThreshold_HasNoFloor()
    {
        // Act: £200,000 is under the £207,720 sub-central threshold of 2026.
        var findings = Check(d =>
        {
            Weights(45, 50, 5)(d);
            d["value"] = 200_000;
            Lot(d, 0)["value"] = 120_000;
            Lot(d, 1)["value"] = 80_000;
            Lot(d, 1)["reservedParticipation"] = "smeVcse";
        });

        // Assert
        Assert.DoesNotContain(findings, f => f.Code == "SOCIAL_VALUE_WEIGHT");
    }

    [Theory]
    [InlineData(4_999_999, 15, false)]
    [InlineData(5_000_000, 15, true)]
    [InlineData(5_000_000, 20, false)]
    [InlineData(1_000_000, 9, true)]
    [InlineData(999_999, 5, false)]
    public void Check_Ppn026_AsReported_TenPercentFromOneMillionAndTwentyFromFive(int value, int socialValue, bool refused)
    {
        // Act: a procurement starting in 2027 falls under PPN 026.
        var findings = Check(d =>
        {
            Weights(40, 60 - socialValue, socialValue)(d);
            d["buyer"]!["socialValueModel"] = "ppn026";
            d["value"] = value;
            d["tenderPeriod"] = new JsonObject { ["startDate"] = "2027-01-04", ["endDate"] = "2027-02-08" };
            Lot(d, 0)["value"] = value / 2;
            Lot(d, 1)["value"] = value / 2;
            Criterion(d, 0, 2)["goals"] = new JsonArray("ppn026:good-jobs", "local-jobs");
            Criterion(d, 1, 2)["goals"] = new JsonArray("ppn026:skills", "local-jobs");
        });

        // Assert
        var floor = findings.SingleOrDefault(f => f.Code == "SOCIAL_VALUE_WEIGHT" && f.Path == "lots[0].criteria");
        Assert.Equal(refused, floor is not null);
        Assert.True(floor is null || floor.Message.Contains("not yet confirmed", StringComparison.Ordinal), floor?.Message);
    }

    [Fact]
    public void Check_Ppn002DeclaredForA2027Procurement_WarnsThatPpn026Applies()
    {
        // Act
        var findings = Check(d => d["tenderPeriod"] = new JsonObject { ["startDate"] = "2027-01-04", ["endDate"] = "2027-02-08" });

        // Assert
        var finding = Assert.Single(findings, f => f.Code == "MODEL_VERSION");
        Assert.Equal(("buyer.socialValueModel", FindingSeverity.Warning), (finding.Path, finding.Severity));
        Assert.Contains("PPN 026", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnUnknownModel_IsAnError() =>
        Assert.Equal(["MODEL_UNKNOWN"], Codes(Check(d => d["buyer"]!["socialValueModel"] = "ppn999")));

    [Fact]
    public void Check_ASocialValueCriterionWithNoGoal_IsAnError()
    {
        // Act
        var finding = Assert.Single(Check(d =>
        {
            Criterion(d, 0, 2).Remove("goals");
            Criterion(d, 0, 2).Remove("measures");
        }));

        // Assert
        Assert.Equal(("SOCIAL_VALUE_NO_GOAL", FindingSeverity.Error, "lots[0].criteria[2].goals"), (finding.Code, finding.Severity, finding.Path));
    }

    [Fact]
    public void Check_AModelOutcomeAsTheGoal_IsAccepted() =>
        Assert.Equal(["SOCIAL_VALUE_NO_MEASURE"], Codes(Check(d =>
        {
            Criterion(d, 0, 2)["goals"] = new JsonArray("ppn002:2");
            Criterion(d, 0, 2).Remove("measures");
        })));

    [Theory]
    [InlineData("nobody-goal", "GOAL_UNKNOWN")]
    [InlineData("ppn002:99", "GOAL_UNKNOWN")]
    public void Check_AGoalThatIsNeitherTheBuyersNorTheModels_IsAnError(string goal, string code) =>
        Assert.Contains(code, Codes(Check(d => Criterion(d, 0, 2)["goals"] = new JsonArray(goal))));

    [Fact]
    public void Check_AGoalOfAnotherOrganisation_IsAnError()
    {
        // Act
        var findings = Check(d => d["goals"]![0]!["owner"] = "GB-PPON-OTHER");

        // Assert
        Assert.Contains(findings, f => f.Code == "GOAL_OF_ANOTHER_BUYER" && f.Message.Contains("GB-PPON-OTHER", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ARetiredGoal_IsAWarning() =>
        Assert.Contains("GOAL_NOT_ACTIVE", Codes(Check(d => d["goals"]![0]!["status"] = "retired")));

    [Fact]
    public void Check_AMeasureNoGoalTracks_IsAnError() =>
        Assert.Equal(["MEASURE_UNKNOWN"], Codes(Check(d => Criterion(d, 0, 2)["measures"] = new JsonArray("tonnes-of-carbon"))));
}
