using Steward.Core.Evaluation.Moderation;
using static Steward.Core.Tests.Evaluation.EvaluationFixture;

namespace Steward.Core.Tests.Evaluation.Moderation;

/// <summary>Marks on the published scale with a rationale (T11), and who sees whose marks before moderation.</summary>
public sealed class ScoreRulesTests
{
    [Theory]
    [InlineData(3.0, null)]
    [InlineData(3.5, "is not on the published scale")]
    [InlineData(6, "is not on the published scale")]
    [InlineData(-1, "is not on the published scale")]
    public void Check_AMarkOffTheScale_IsRefused_T11(double score, string? expected)
    {
        // Arrange
        var lot = Design(T8).Lots[0];

        // Act
        var error = ScoreRules.Check(lot, lot.Criteria[0], (decimal)score, "Clear plan with named staff on page 3 of the method statement");

        // Assert
        if (expected is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains(expected, error?.Message, StringComparison.Ordinal);
            Assert.StartsWith("score:", error!.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Good")]
    public void Check_AMarkWithoutARationale_IsRefused(string? rationale)
    {
        // Arrange
        var lot = Design(T8).Lots[0];

        // Act
        var error = ScoreRules.Check(lot, lot.Criteria[0], 3m, rationale);

        // Assert
        Assert.StartsWith("rationale:", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_ABarePassFail_IsZeroOrOne()
    {
        // Arrange
        var lot = Design(T8, d => d["lots"]![0]!["criteria"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{"id":"ins","type":"quality","passFail":true}"""))).Lots[0];

        // Act
        var levels = ScoreRules.Levels(lot, lot.Criteria[^1]);

        // Assert
        Assert.Equal([0m, 1m], levels);
    }

    [Fact]
    public void Visible_OthersMarks_StayHiddenUntilEveryEvaluatorOnTheBidHasMarked_T11()
    {
        // Arrange
        string[] panel = ["e1", "e2", "e3"];
        var first = new IndividualScore("e1", "b", "q1", 3m, "rationale one, citing page 2", Deadline);
        var second = new IndividualScore("e2", "b", "q1", 4m, "rationale two, citing page 5", Deadline);
        var third = new IndividualScore("e3", "b", "q1", 2m, "rationale three, citing page 1", Deadline);

        // Act
        var e1Early = ScoreVisibility.Visible("e1", "b", "q1", panel, [first, second]);
        var moderatorEarly = ScoreVisibility.Visible(null, "b", "q1", panel, [first, second]);
        var e1Late = ScoreVisibility.Visible("e1", "b", "q1", panel, [first, second, third]);
        var outsider = ScoreVisibility.Visible("e9", "b", "q1", panel, [first, second, third]);

        // Assert
        Assert.Equal([first], e1Early);
        Assert.Empty(moderatorEarly);
        Assert.Equal(3, e1Late.Count);
        Assert.Empty(outsider);
    }
}
