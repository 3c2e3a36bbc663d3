using System.Globalization;
using Steward.Core.Accounts;
using Steward.Core.Tenders;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Bids;
using Steward.Data.Tenders;

namespace Steward.Web.Tests.Bidding;

/// <summary>
/// A tender published in Steward for bidding tests, through the store as a commissioner would publish it: one lot
/// ("1", North) marked 0–5 with descriptors, quality 50 (two sub-criteria), social value 10 holding winners to "Local
/// residents hired" (people), price 40 by F4.
/// </summary>
internal static class BidTender
{
    public const string Title = "Home care in Anytown";

    public static ActingParty Commissioner { get; } = new("account:commissioner", "Commissioner, Anytown Council");

    public static string Design(DateOnly start, DateOnly end) => $$"""
        {"title":"{{Title}}","description":"Care at home for older people in the north of the borough.","buyer":{"socialValueModel":"ppn002"},
         "value":500000,"cpv":"85312000","procedure":"open","contractType":"services",
         "tenderPeriod":{"startDate":"{{Day(start)}}","endDate":"{{Day(end)}}"},
         "lots":[{"id":"1","title":"North","description":"Visits at home, seven days a week.","value":500000,
           "contractPeriod":{"startDate":"{{Day(end.AddDays(60))}}","endDate":"{{Day(end.AddDays(60 + 730))}}"},
           "scale":{"max":5,"descriptors":[{"score":0,"text":"Unacceptable: no answer"},{"score":1,"text":"Poor"},{"score":2,"text":"Weak"},{"score":3,"text":"Satisfactory"},{"score":4,"text":"Good"},{"score":5,"text":"Excellent: exceeds the requirement"}]},
           "criteria":[
             {"id":"quality","title":"Quality of care","type":"quality","weight":50,"subCriteria":[
               {"id":"staffing","title":"Staffing and continuity","weight":30},{"id":"outcomes","title":"Outcomes for people","weight":20}]},
             {"id":"sv","title":"Local jobs","type":"socialValue","weight":10,"goals":["local-jobs"],"measures":["local-hires"]},
             {"id":"price","title":"Price","type":"price","weight":40}],
           "priceMethod":{"formula":"F4","floor":300000,"ceiling":700000},"tieBreak":"higherQuality"}]}
        """;

    /// <summary>The buyer, its goal and the published design; returns the buyer's and the design's ids.</summary>
    public static (string Buyer, string DesignId) Publish(DatabaseTarget target, TimeProvider clock, DateOnly start, DateOnly end, string buyerName = "Anytown Council")
    {
        var directory = new AccountDirectory(target, clock);
        var buyer = directory.AddOrganisation(buyerName, OrganisationSide.Buyer, null, "cli:test").Value.Id;
        var goal = new BuyerGoals(target, clock).Save(buyer, new Goal("local-jobs", "Good local jobs in care", null, "ppn002:1", buyer, null, null, GoalStatus.Active,
            [new Measure("local-hires", "Local residents hired", "people", MeasureDirection.Increase)]), Commissioner);
        Assert.True(goal.IsSuccess, goal.Error?.Message);
        var designs = new TenderDesigns(target, clock);
        var id = designs.Create(buyer, Design(start, end), Commissioner).Value.Id;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var review = designs.Review(id, today)!;
        var reasons = review.Warnings.Select(w => new WarningReason(w.Code, w.Path, "Accepted for the test")).ToList();
        var assessed = new Evaluations(target, clock, new TenderBoxes(target, clock, new BidOptions())).RecordAssessment(id, buyer, "No conflict was identified before the tender notice.", Commissioner);
        Assert.True(assessed.IsSuccess, assessed.Error?.Message);
        var published = designs.Publish(id, buyer, today, reasons, null, Commissioner);
        Assert.True(published.IsSuccess, published.Error?.Message);
        return (buyer, id);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
