using Steward.Core.Evaluation.Summaries;
using static Steward.Core.Tests.Evaluation.EvaluationFixture;

namespace Steward.Core.Tests.Evaluation.Summaries;

/// <summary>Assessment summaries (evaluation-methods.md §5.2, T12): complete for every assessed tender.</summary>
public sealed class AssessmentSummariesTests
{
    private const string Json = """
        {"title":"Care at home","tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
         "lots":[{"id":"1","title":"North","scale":{"max":5,"descriptors":[{"score":4,"text":"Good"}]},"tieBreak":"higherQuality","priceMethod":{"formula":"F4","floor":50000,"ceiling":150000},
           "criteria":[{"id":"quality","title":"Quality","type":"quality","weight":50,"subCriteria":[
                          {"id":"q1","title":"Staffing","weight":30,"minimumScore":2},{"id":"q2","title":"Outcomes","weight":20}]},
                       {"id":"sv","title":"Local jobs","type":"socialValue","weight":10},
                       {"id":"insured","title":"Insurance","type":"quality","passFail":true},
                       {"id":"price","type":"price","weight":40}]}]}
        """;

    [Fact]
    public void Build_T12_EveryAssessedTenderGetsMarksExplanationsTotals_AndTheLosersGetWhyAndTheWinner()
    {
        // Arrange
        var lot = Design(Json).Lots[0];
        var bids = new[]
        {
            Bid("Alpha", 100_000m, ("q1", 4m), ("q2", 3m), ("sv", 5m), ("insured", 1m)),
            Bid("Beta", 90_000m, ("q1", 3m), ("q2", 3m), ("sv", 2m), ("insured", 1m)),
            Bid("Gamma", 60_000m, ("q1", 1m), ("q2", 5m), ("sv", 5m), ("insured", 1m)),
        };
        var identifiers = new Dictionary<string, string?> { ["org-Alpha"] = "GB-COH-01234567" };

        // Act
        var summaries = AssessmentSummaries.Build(("ocds-stewrd-1", "Care at home", "Anytown Council"), lot, bids, identifiers, Deadline.AddDays(10));

        // Assert
        Assert.Equal(3, summaries.Count);
        var alpha = summaries.Single(s => s.SupplierName == "Alpha");
        Assert.True(alpha.Successful);
        Assert.Equal("GB-COH-01234567", alpha.SupplierIdentifier);
        Assert.Null(alpha.WhyNotSuccessful);
        var quality = alpha.Criteria.Single(c => c.Id == "quality");
        Assert.Equal(["q1", "q2"], quality.SubCriteria.Select(s => s.Id));
        Assert.All(quality.SubCriteria, s => Assert.Contains("Alpha answered", s.Explanation, StringComparison.Ordinal));
        Assert.Equal(24m + 12m, quality.Marks);
        Assert.Equal("Good", quality.SubCriteria[0].Descriptor);
        Assert.Equal("pass or fail", alpha.Criteria.Single(c => c.Id == "insured").Available);
        Assert.Contains("F4", alpha.Methodology, StringComparison.Ordinal);
        var beta = summaries.Single(s => s.SupplierName == "Beta");
        Assert.False(beta.Successful);
        Assert.StartsWith("The tender ranked 2 of 2", beta.WhyNotSuccessful, StringComparison.Ordinal);
        Assert.Equal("Alpha", beta.MostAdvantageous!.SupplierName);
        Assert.Equal(alpha.Figures.Total, beta.MostAdvantageous.Figures.Total);
        var gamma = summaries.Single(s => s.SupplierName == "Gamma");
        Assert.Contains("disqualified before price was scored: q1 scored 1", gamma.WhyNotSuccessful, StringComparison.Ordinal);
        Assert.Null(gamma.Figures.Total);
        Assert.All(summaries, s => Assert.Contains("reg 31", s.Reference, StringComparison.Ordinal));
    }
}
