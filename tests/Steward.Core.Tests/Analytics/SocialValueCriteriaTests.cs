using Steward.Core.Analytics;

namespace Steward.Core.Tests.Analytics;

public class SocialValueCriteriaTests
{
    private static CriterionView Criterion(string? name, string? description = null, double? weight = null, string? kind = null, string lot = "1") =>
        new(lot, "quality", name, description, weight, kind);

    [Theory]
    [InlineData(20.0, "percentageExact", null, 20.0)]
    [InlineData(0.15, "decimalExact", null, 15.0)]
    [InlineData(40.0, "pointsExact", null, null)]
    [InlineData(null, null, "30", 30.0)]
    [InlineData(null, null, "12.5%", 12.5)]
    [InlineData(null, null, "Social value weighted at 10% of the total", 10.0)]
    [InlineData(null, null, "60-85%", null)]
    [InlineData(null, null, "150", null)]
    [InlineData(null, null, "see the tender documents", null)]
    public void Weights_are_read_from_numbers_or_the_criterion_text(double? number, string? kind, string? description, double? expected) =>
        Assert.Equal(expected, SocialValueCriteria.Weight(Criterion("Quality", description, number, kind)));

    [Fact]
    public void A_lot_weight_is_the_social_criteria_share_of_the_lot_total()
    {
        // Price 60, quality 30, social value 10 as bare numbers in the text (TED-style): 10 / 100.
        var process = new ProcessView
        {
            Ocid = "p",
            Criteria = [Criterion("Price", "60"), Criterion("Quality", "30"), Criterion("Social Value", "10")],
        };
        Assert.Equal(new SocialValueWeighting(true, 10), SocialValueCriteria.Read(process));
    }

    [Fact]
    public void Points_are_turned_into_a_share_of_the_lot_total()
    {
        // Price 50 points, quality 30, community benefits 20 (points): all weighted, so 20 / 100 · 100 = 20%.
        var process = new ProcessView
        {
            Ocid = "p",
            Criteria = [Criterion("Price", null, 50, "pointsExact"), Criterion("Quality", null, 30, "pointsExact"), Criterion("Community benefits", null, 20, "pointsExact")],
        };
        Assert.Null(SocialValueCriteria.Weight(process.Criteria[2]));
        Assert.Equal(new SocialValueWeighting(true, 20), SocialValueCriteria.Read(process));
    }

    [Fact]
    public void The_process_weight_is_the_highest_among_its_lots_and_no_criteria_is_null()
    {
        var process = new ProcessView
        {
            Ocid = "p",
            Criteria =
            [
                Criterion("Price", null, 90, "percentageExact", "1"), Criterion("Social value", null, 10, "percentageExact", "1"),
                Criterion("Price", null, 80, "percentageExact", "2"), Criterion("Social value", null, 20, "percentageExact", "2"),
                Criterion("Price", null, 100, "percentageExact", "3"),
            ],
        };
        Assert.Equal(new SocialValueWeighting(true, 20), SocialValueCriteria.Read(process));
        Assert.Equal(new SocialValueWeighting(false, null), SocialValueCriteria.Read(new ProcessView { Ocid = "q", Criteria = [Criterion("Price", "100")] }));
        Assert.Null(SocialValueCriteria.Read(new ProcessView { Ocid = "r" }));
    }
}
