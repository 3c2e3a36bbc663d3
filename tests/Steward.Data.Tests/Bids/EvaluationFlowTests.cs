using Microsoft.EntityFrameworkCore;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Conflicts;
using Steward.Data.Audit;
using Steward.Testing;

namespace Steward.Data.Tests.Bids;

/// <summary>
/// Evaluation on both engines, from the opened box to the assessment summaries: conflicts gate reading (T16), marks
/// are independent and immutable, moderation needs every mark and a rationale (T11), a flagged price is put to its
/// supplier before anything is decided (T9), the award waits for the conflicts assessment, and every assessed
/// bidder gets a summary (T12).
/// </summary>
public sealed class EvaluationFlowTests
{
    private static (BoxFixture Box, string Alpha, string Beta, string Gamma) Opened(string provider)
    {
        var box = BoxFixture.Create(provider);
        var alpha = box.Submit(box.Alpha, 500_000m).BidId;
        var beta = box.Submit(box.Beta, 520_000m).BidId;
        var gamma = box.Submit(box.Gamma, 250_000m).BidId;
        box.Clock.SetUtcNow(BoxFixture.AfterDeadline);
        Assert.True(box.Boxes.Open(box.DesignId, box.Buyer, BoxFixture.Commissioner).IsSuccess);
        Assert.True(box.Evaluations.AddToPanel(box.DesignId, box.Buyer, box.E, BoxFixture.Commissioner).IsSuccess);
        Assert.True(box.Evaluations.AddToPanel(box.DesignId, box.Buyer, box.F, BoxFixture.Commissioner).IsSuccess);
        return (box, alpha, beta, gamma);
    }

    private static void DeclareNone(BoxFixture box, string evaluator, params string[] suppliers)
    {
        foreach (var supplier in suppliers)
        {
            Assert.True(box.Evaluations.Declare(box.DesignId, evaluator, supplier, InterestKind.None, null, null, BoxFixture.EvaluatorParty(evaluator)).IsSuccess);
        }
    }

    private static void Mark(BoxFixture box, string evaluator, string bid, decimal score) =>
        Assert.True(box.Evaluations.Mark(bid, evaluator, "quality", score, $"Mark {score}: the method statement on page 2 shows it", BoxFixture.EvaluatorParty(evaluator)).IsSuccess);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Conflicts_T16_AnInterestKeepsTheEvaluatorFromThatBid_AndNoDeclarationFromEveryBid(string provider)
    {
        // Arrange
        var (box, alpha, beta, _) = Opened(provider);
        using var _ = box;
        var vague = box.Evaluations.Declare(box.DesignId, box.E, box.Alpha, InterestKind.Financial, "Holds shares", null, BoxFixture.EvaluatorParty(box.E));
        box.Evaluations.Declare(box.DesignId, box.E, box.Alpha, InterestKind.Financial, "Holds shares in Alpha", "Does not read or score Alpha's bid", BoxFixture.EvaluatorParty(box.E));
        DeclareNone(box, box.E, box.Beta, box.Gamma);

        // Act
        var eOnAlpha = box.Evaluations.ForMarking(alpha, box.E, BoxFixture.EvaluatorParty(box.E));
        var eOnBeta = box.Evaluations.ForMarking(beta, box.E, BoxFixture.EvaluatorParty(box.E));
        var fOnBeta = box.Evaluations.ForMarking(beta, box.F, BoxFixture.EvaluatorParty(box.F));
        var eMarksAlpha = box.Evaluations.Mark(alpha, box.E, "quality", 3m, "A rationale long enough to pass the rule", BoxFixture.EvaluatorParty(box.E));
        var interests = box.Evaluations.Interests(box.DesignId, box.Buyer);

        // Assert
        Assert.StartsWith("mitigation:", vague.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("financial interest", eOnAlpha.Error?.Message, StringComparison.Ordinal);
        Assert.True(eOnBeta.IsSuccess);
        Assert.Equal(0m, eOnBeta.Value.Bid.Content.Price);
        Assert.Contains("3 still to declare", fOnBeta.Error?.Message, StringComparison.Ordinal);
        Assert.False(eMarksAlpha.IsSuccess);
        Assert.Equal("Holds shares in Alpha", Assert.Single(interests).Description);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Marks_AreOnTheScale_Once_HiddenUntilAllHaveMarked_AndTheStoreRefusesToChangeThem(string provider)
    {
        // Arrange
        var (box, alpha, _, _) = Opened(provider);
        using var _ = box;
        DeclareNone(box, box.E, box.Alpha, box.Beta, box.Gamma);
        DeclareNone(box, box.F, box.Alpha, box.Beta, box.Gamma);

        // Act
        var offScale = box.Evaluations.Mark(alpha, box.E, "quality", 7m, "A rationale long enough to pass the rule", BoxFixture.EvaluatorParty(box.E));
        var price = box.Evaluations.Mark(alpha, box.E, "price", 3m, "A rationale long enough to pass the rule", BoxFixture.EvaluatorParty(box.E));
        Mark(box, box.E, alpha, 3m);
        var again = box.Evaluations.Mark(alpha, box.E, "quality", 4m, "Changed my mind after reading page 4", BoxFixture.EvaluatorParty(box.E));
        var fSeesEarly = box.Evaluations.ForMarking(alpha, box.F, BoxFixture.EvaluatorParty(box.F)).Value.VisibleMarks;
        var moderatedEarly = box.Evaluations.Moderate(alpha, box.Buyer, "quality", 3m, "Consensus after discussing pages 2 and 3", BoxFixture.Commissioner);
        Mark(box, box.F, alpha, 4m);
        var fSeesLate = box.Evaluations.ForMarking(alpha, box.F, BoxFixture.EvaluatorParty(box.F)).Value.VisibleMarks;
        using var context = box.Database.Context();
        var tampered = Record.Exception(() => context.Database.ExecuteSqlRaw("UPDATE evaluator_scores SET score = 5"));
        var removed = Record.Exception(() => context.Database.ExecuteSqlRaw("DELETE FROM evaluator_scores"));

        // Assert
        Assert.StartsWith("score:", offScale.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("no criterion \"price\"", price.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("marked Quality of care already", again.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(fSeesEarly);
        Assert.Contains("wait until every evaluator on the bid (2) has marked", moderatedEarly.Error?.Message, StringComparison.Ordinal);
        Assert.Equal([3m, 4m], fSeesLate.Select(m => m.Score).Order());
        Assert.NotNull(tampered);
        Assert.NotNull(removed);
        using var check = box.Database.Context();
        Assert.Equal([3m, 4m], check.EvaluatorScores.Where(s => s.BidId == alpha).Select(s => s.Score).AsEnumerable().Order());
        var marks = new AuditTrail(box.Database.Target).Latest(100).Where(e => e.Action == "mark.added").ToList();
        Assert.Equal(2, marks.Count);
        Assert.All(marks, e => Assert.DoesNotContain("score", e.Details, StringComparison.OrdinalIgnoreCase));
        Assert.All(marks, e => Assert.DoesNotContain("page 2", e.Details, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void FromModerationToSummaries_TheFlaggedPriceIsHeard_TheAwardWaitsForTheConflictsAssessment_AndEveryBidderGetsASummary(string provider)
    {
        // Arrange
        var (box, alpha, beta, gamma) = Opened(provider);
        using var _ = box;
        foreach (var evaluator in new[] { box.E, box.F })
        {
            DeclareNone(box, evaluator, box.Alpha, box.Beta, box.Gamma);
            Mark(box, evaluator, alpha, 4m);
            Mark(box, evaluator, beta, 3m);
            Mark(box, evaluator, gamma, 3m);
        }

        var noRationale = box.Evaluations.Moderate(alpha, box.Buyer, "quality", 4m, " ", BoxFixture.Commissioner);
        foreach (var (bid, score) in new[] { (alpha, 4m), (beta, 3m), (gamma, 3m) })
        {
            Assert.True(box.Evaluations.Moderate(bid, box.Buyer, "quality", score, $"Consensus {score}: both evaluators cite the staffing plan", BoxFixture.Commissioner).IsSuccess);
        }

        // Act: Gamma's £250,000 is flagged (over 40% below the others' mean).
        var first = box.Evaluations.Lot(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner)!;
        var tooSoon = box.Evaluations.DecideAlt(gamma, box.Buyer, AltDecision.Disregarded, "Too low", BoxFixture.Commissioner);
        box.Evaluations.AskAlt(gamma, box.Buyer, BoxFixture.Commissioner);
        var question = Assert.Single(box.Evaluations.QuestionsFor(box.Gamma));
        box.Evaluations.ExplainAlt(gamma, box.Gamma, "Our staff are shared with a grant-funded service, which pays 40% of their wages", BoxFixture.SupplierParty(box.Gamma));
        box.Evaluations.DecideAlt(gamma, box.Buyer, AltDecision.Accepted, "The grant funding is confirmed by the funder's letter", BoxFixture.Commissioner);
        var beforeAssessment = box.Evaluations.DecideAward(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner);
        box.Evaluations.RecordAssessment(box.DesignId, box.Buyer, "No evaluator declared an interest in any bidder.", BoxFixture.Commissioner);
        var winner = box.Evaluations.DecideAward(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner);
        var lateModeration = box.Evaluations.Moderate(alpha, box.Buyer, "quality", 5m, "Raised after the award, which must not be allowed", BoxFixture.Commissioner);
        var summaries = box.Evaluations.IssueSummaries(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner);
        var gammaGets = Assert.Single(box.Evaluations.SummariesOf(box.Gamma));

        // Assert
        Assert.StartsWith("rationale:", noRationale.Error?.Message, StringComparison.Ordinal);
        Assert.Contains(first.Blockers, b => b.StartsWith("Gamma Support: its price is flagged", StringComparison.Ordinal));
        Assert.Contains("ask it to explain", tooSoon.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("below the mean of the other bids", question.Flag, StringComparison.Ordinal);
        Assert.Contains("conflicts assessment", beforeAssessment.Error?.Message, StringComparison.Ordinal);
        Assert.True(winner.IsSuccess, winner.Error?.Message);
        Assert.Equal(gamma, winner.Value);
        Assert.Contains("awarded", lateModeration.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(3, summaries.Value.Count);
        Assert.True(gammaGets.Successful);
        Assert.Equal("Consensus 3: both evaluators cite the staffing plan", gammaGets.Criteria.Single().Explanation);
        Assert.Equal("Gamma Support", box.Evaluations.SummariesOf(box.Alpha).Single().MostAdvantageous!.SupplierName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AwardNotice_T12_T13_WaitsForTheSummaries_StartsTheStandstill_AndTheContractWaitsForItsEnd(string provider)
    {
        // Arrange: everything moderated and decided on Tuesday 12 January 2027.
        var (box, alpha, beta, gamma) = Opened(provider);
        using var _ = box;
        foreach (var evaluator in new[] { box.E, box.F })
        {
            DeclareNone(box, evaluator, box.Alpha, box.Beta, box.Gamma);
            Mark(box, evaluator, alpha, 5m);
            Mark(box, evaluator, beta, 3m);
            Mark(box, evaluator, gamma, 2m);
        }

        foreach (var (bid, score) in new[] { (alpha, 5m), (beta, 3m), (gamma, 2m) })
        {
            box.Evaluations.Moderate(bid, box.Buyer, "quality", score, $"Consensus {score}: both evaluators cite the staffing plan", BoxFixture.Commissioner);
        }

        box.Evaluations.AskAlt(gamma, box.Buyer, BoxFixture.Commissioner);
        box.Evaluations.ExplainAlt(gamma, box.Gamma, "We cannot explain the price; it was a spreadsheet error", BoxFixture.SupplierParty(box.Gamma));
        Assert.True(box.Evaluations.DecideAlt(gamma, box.Buyer, AltDecision.Disregarded, "The supplier says the price was a mistake it cannot perform for", BoxFixture.Commissioner).IsSuccess);
        box.Evaluations.RecordAssessment(box.DesignId, box.Buyer, "No evaluator declared an interest in any bidder.", BoxFixture.Commissioner);
        Assert.True(box.Evaluations.DecideAward(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner).IsSuccess);
        box.Evaluations.SetCalendar(box.Buyer, Core.Evaluation.Standstill.UkCalendar.EnglandAndWales, BoxFixture.Commissioner);

        // Act
        var beforeSummaries = box.Evaluations.PublishAwardNotice(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner);
        box.Evaluations.IssueSummaries(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner);
        var standstill = box.Evaluations.PublishAwardNotice(box.DesignId, box.Buyer, "1", BoxFixture.Commissioner);
        var tooEarly = box.Evaluations.EnterContract(box.DesignId, box.Buyer, "1", new DateOnly(2027, 2, 1), new DateOnly(2029, 1, 31), BoxFixture.Commissioner);
        box.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 22, 9, 0, 0, TimeSpan.Zero));
        var backwards = box.Evaluations.EnterContract(box.DesignId, box.Buyer, "1", new DateOnly(2027, 2, 1), new DateOnly(2026, 1, 31), BoxFixture.Commissioner);
        var entered = box.Evaluations.EnterContract(box.DesignId, box.Buyer, "1", new DateOnly(2027, 2, 1), new DateOnly(2029, 1, 31), BoxFixture.Commissioner);
        using var context = box.Database.Context();
        var published = context.Awards.AsEnumerable().Single(a => a.Ocid.StartsWith("ocds-stewrd-", StringComparison.Ordinal));
        var contract = context.Contracts.Single(c => c.Ocid == published.Ocid);

        // Assert: Tuesday 12 January counts as day 1; the 8th working day is Thursday 21 January (no holiday between).
        Assert.Contains("assessment summaries first", beforeSummaries.Error?.Message, StringComparison.Ordinal);
        Assert.True(standstill.IsSuccess, standstill.Error?.Message);
        Assert.Equal(new DateOnly(2027, 1, 21), standstill.Value.LastDay);
        Assert.Contains("may be entered into from 22 January 2027", tooEarly.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("contractEnd:", backwards.Error?.Message, StringComparison.Ordinal);
        Assert.True(entered.IsSuccess, entered.Error?.Message);
        Assert.Equal(500_000d, published.Value);
        Assert.Equal("active", published.Status);
        Assert.Equal(new DateTime(2027, 2, 1), contract.PeriodStart);
        Assert.Equal(2d, context.BidStatistics.Where(s => s.Ocid == published.Ocid && s.Measure == "finalStageBids").Select(s => s.Value).Single());
    }
}
