using System.Net;
using Steward.Core.Accounts;
using Steward.Core.Evaluation.Conflicts;
using Steward.Data.Accounts;
using Steward.Web.Tests.Bidding;

namespace Steward.Web.Tests.Evaluation;

/// <summary>
/// A lot with an open-book cost template (docs/open-book.md): the bid page asks for the breakdown, refuses one that
/// misses the required margin or does not add up to the price (each problem on its field, nothing sealed), and seals
/// one that does; after opening the commissioner reads the lines with the margin worked out, and an evaluator never
/// sees them.
/// </summary>
public sealed class OpenBookBidTests : IDisposable
{
    private const string Template = """
        "costTemplate":{"id":"home-care-2027","title":"Home care cost breakdown","unit":"hour","expectedUnits":20000,
          "lines":[{"id":"staff","label":"Care workers' pay","category":"Staff","required":true},
                   {"id":"overheads","label":"Head office","category":"Overheads"},
                   {"id":"margin","label":"Profit","category":"Margin","required":true}]},
        """;

    private readonly EvaluationPortal _box = new(EvaluationPortal.Design.Replace("\"priceMethod\"", Template + "\"priceMethod\"", StringComparison.Ordinal), seedBids: false);

    private static Dictionary<string, string[]> Bid(params (string Field, string Value)[] costs)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["price"] = ["450000"],
            ["a0"] = ["Named keyworkers for every family"],
            ["rows"] = ["5"],
            ["declarations"] = ["conditionsOfParticipation", "noExclusionGrounds", "independentTender"],
        };
        foreach (var (field, value) in costs)
        {
            fields[field] = [value];
        }

        return fields;
    }

    [Fact]
    public async Task TheBreakdown_IsAskedFor_CheckedAgainstTheTemplateAndPrice_AndSeenByCommissionersOnly()
    {
        // Arrange
        var lot = $"/bidding/{_box.DesignId}/lots/1";
        var (delta, deltaId) = await BidClient.SupplierAsync(_box.Portal, TimeProvider.System, "Delta Care Ltd", "bids@delta.example");
        using var _ = delta;

        // Act: a breakdown with no margin that does not reach the price, then one that explains it.
        var (_, form) = await delta.GetAsync(lot);
        var (refused, refusedPage) = await BidClient.PostBidAsync(delta, lot, Bid(("cost-units", "20000"), ("cost-staff", "£300,000"), ("cost-overheads", "50000")));
        var sealedAfterRefusal = _box.Boxes.ReceiptsOf(deltaId).Count;
        var (accepted, acceptedPage) = await BidClient.PostBidAsync(delta, lot, Bid(("cost-units", "20000"), ("cost-staff", "350000"), ("cost-overheads", "55000"), ("cost-margin", "45000")));
        var bid = _box.Boxes.ReceiptsOf(deltaId).Single().BidId;

        // After the deadline: the box is opened; a commissioner reads the bid; an evaluator marks it.
        _box.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        Assert.True(_box.Boxes.Open(_box.DesignId, _box.Buyer, new ActingParty("account:setup", "Commissioner, Evalton Council")).IsSuccess);
        var (commissioner, _) = await _box.MemberAsync(_box.Buyer, Role.Commissioner, "c@evalton.example");
        using var __ = commissioner;
        var (_, buyersView) = await commissioner.GetAsync($"/evaluation/{_box.DesignId}/bids/{bid}");
        var (evaluator, account) = await _box.MemberAsync(_box.Buyer, Role.Evaluator, "e@evalton.example");
        using var ___ = evaluator;
        var party = new ActingParty($"account:{account}", "Evaluator, Evalton Council");
        Assert.True(_box.Evaluations.AddToPanel(_box.DesignId, _box.Buyer, account, party).IsSuccess);
        Assert.True(_box.Evaluations.Declare(_box.DesignId, account, deltaId, InterestKind.None, null, null, party).IsSuccess);
        var (evaluatorsResponse, evaluatorsView) = await evaluator.GetAsync($"/evaluation/panels/{_box.DesignId}/bids/{bid}");

        // Assert: the form asks for each line; the refusal names each field and seals nothing.
        Assert.NotNull(form.QuerySelector("#open-book"));
        Assert.Equal(["cost-units", "cost-staff", "cost-overheads", "cost-margin"], form.QuerySelectorAll("input[id^='cost-']").Select(i => i.Id!));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = BidClient.Errors(refusedPage);
        Assert.Contains(("price", "The lines add up to £350,000.00, not the price of £450,000.00; the breakdown explains the whole price, margin included"), errors);
        Assert.Contains(errors, e => e.Field == "cost-margin" && e.Message.Contains("required line \"margin\" (Profit) has no amount", StringComparison.Ordinal));
        Assert.Equal(0, sealedAfterRefusal);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, string.Join("; ", BidClient.Errors(acceptedPage)));

        // The commissioner sees the lines by name with the margin worked out; the evaluator sees neither lines nor price.
        Assert.Equal(3, buyersView.QuerySelectorAll("#costs tbody tr").Length);
        Assert.Contains("Care workers' pay", buyersView.QuerySelector("#costs")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("£45,000.00, 10.0% of the price", buyersView.QuerySelector("#margin")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, evaluatorsResponse.StatusCode);
        Assert.Null(evaluatorsView.QuerySelector("#costs"));
        Assert.DoesNotContain("Care workers", evaluatorsView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("45,000", evaluatorsView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => _box.Dispose();
}
