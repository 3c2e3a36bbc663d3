using System.Text.Json.Nodes;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Tests.Tenders;

namespace Steward.Core.Tests.Evaluation.Bids;

/// <summary>A bid checked against the tender at submission: each problem names its field (DesignFixture's lot 1).</summary>
public sealed class BidRulesTests
{
    private const string Valid = """
        {"lot":"1","price":2000000,
         "responses":{"q1":{"text":"Named keyworkers for every person"},"q2":{"text":"","files":["workforce.pdf"]},"sv":{"text":"We hire locally"}},
         "commitments":[{"measure":"local-hires","quantity":12,"unit":"people","by":"2028-03-31","where":"Anytown","criterion":"sv"}],
         "declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true}}
        """;

    private static IReadOnlyList<string> Check(Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(Valid)!.AsObject();
        change?.Invoke(node);
        var (bid, errors) = BidContentJson.Read(node.ToJsonString());
        Assert.Empty(errors);
        return [.. BidRules.Check(DesignFixture.Design(), bid!).Select(e => e.Message)];
    }

    [Fact]
    public void Check_AComplete_Bid_HasNoProblem() => Assert.Empty(Check());

    [Fact]
    public void Check_AnUnknownLot_IsNamed() =>
        Assert.Equal(["lot: this tender has no lot \"9\"; its lots are 1, 2"], Check(b => b["lot"] = "9"));

    [Fact]
    public void Check_AZeroPrice_IsRefused() =>
        Assert.Contains(Check(b => b["price"] = 0), m => m.StartsWith("price:", StringComparison.Ordinal));

    [Fact]
    public void Check_AnUnansweredCriterion_AndAnAnswerToNoCriterion_AreNamed()
    {
        // Act
        var problems = Check(b =>
        {
            b["responses"]!.AsObject().Remove("q1");
            b["responses"]!["q9"] = new JsonObject { ["text"] = "?" };
        });

        // Assert
        Assert.Contains(problems, m => m.StartsWith("responses.q1: answer this criterion (Person-centred support)", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.StartsWith("responses.q9: lot 1 has no criterion \"q9\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("measure", "trees-planted", "commitments[0].measure: \"trees-planted\" is not a measure of this lot")]
    [InlineData("unit", "jobs", "commitments[0].unit: \"jobs\" is not the unit of Local residents hired; commit in people")]
    [InlineData("by", "2027-01-02", "commitments[0].by: 2027-01-02 is not after the tender deadline")]
    [InlineData("criterion", "q1", "commitments[0].criterion: \"q1\" is not a social value criterion of lot 1")]
    public void Check_ACommitmentThatDoesNotFitTheTender_IsNamed(string field, string value, string expected) =>
        Assert.Contains(Check(b => b["commitments"]![0]![field] = value), m => m.StartsWith(expected, StringComparison.Ordinal));

    [Fact]
    public void Check_ADeclarationNotMade_IsNamedWithItsReference() =>
        Assert.Contains(Check(b => b["declarations"]!["noExclusionGrounds"] = false),
            m => m.StartsWith("declarations.noExclusionGrounds:", StringComparison.Ordinal) && m.Contains("PA 2023 s.57", StringComparison.Ordinal));
}
