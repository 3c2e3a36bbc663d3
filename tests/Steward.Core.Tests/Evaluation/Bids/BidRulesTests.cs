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

    /// <summary>An open-book template for lot 1: staff (required), overheads and margin (required).</summary>
    private const string Template = """
        {"id":"home-care-2027","title":"Home care cost breakdown","unit":"hour","expectedUnits":80000,
         "lines":[{"id":"staff","label":"Care workers' pay","category":"Staff","required":true},
                  {"id":"overheads","label":"Head office","category":"Overheads"},
                  {"id":"margin","label":"Profit","category":"Margin","required":true}]}
        """;

    private static IReadOnlyList<string> Check(Action<JsonObject>? change = null, bool openBook = false)
    {
        var node = JsonNode.Parse(Valid)!.AsObject();
        change?.Invoke(node);
        var (bid, errors) = BidContentJson.Read(node.ToJsonString());
        Assert.Empty(errors);
        var design = DesignFixture.Design(openBook ? d => DesignFixture.Lot(d, 0)["costTemplate"] = JsonNode.Parse(Template) : null);
        return [.. BidRules.Check(design, bid!).Select(e => e.Message)];
    }

    private static void Costs(JsonObject bid, decimal? units, params (string Line, decimal Amount)[] lines)
    {
        var breakdown = new JsonObject { ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)new JsonObject { ["lineId"] = l.Line, ["amount"] = l.Amount })]) };
        if (units is { } u)
        {
            breakdown["units"] = u;
        }

        bid["costs"] = breakdown;
    }

    [Fact]
    public void Check_ABreakdownThatExplainsThePrice_HasNoProblem() =>
        Assert.Empty(Check(b => Costs(b, 80000m, ("staff", 1_600_000m), ("overheads", 250_000m), ("margin", 150_000m)), openBook: true));

    [Fact]
    public void Check_NoBreakdownWhereTheLotAsksForOne_IsRefused() =>
        Assert.Equal(["costs: lot 1 asks for an open-book cost breakdown (Home care cost breakdown): give the units and the amount of each required line"], Check(openBook: true));

    [Fact]
    public void Check_ABreakdownWhereTheLotAsksForNone_IsRefused() =>
        Assert.Equal(["costs: lot 1 asks for no open-book cost breakdown; leave it out"], Check(b => Costs(b, 1m, ("staff", 2_000_000m))));

    [Fact]
    public void Check_ABreakdownThatDoesNotAnswerTheTemplate_NamesEachLine()
    {
        // Act: no units, a negative staff cost, an unknown line, no margin, and lines that do not add up to the price.
        var problems = Check(b => Costs(b, null, ("staff", -10m), ("drivers", 5m)), openBook: true);

        // Assert
        Assert.Contains(problems, m => m.StartsWith("costs.units: ", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.StartsWith("costs.staff: must not be negative", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.StartsWith("costs.drivers: \"drivers\" is not a line of template", StringComparison.Ordinal));
        Assert.Contains(problems, m => m.StartsWith("costs.margin: the required line \"margin\" (Profit) has no amount", StringComparison.Ordinal));
        Assert.Contains("costs.total: the lines add up to £-5.00, not the price of £2,000,000.00; the breakdown explains the whole price, margin included", problems);
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
