using System.Net;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Evaluation;

/// <summary>
/// Evaluation in the portal over HTTP: a commissioner opens the box and sets the panel; evaluators declare (one
/// interest), read only what they may and mark without seeing the price; the commissioner moderates, puts a low price
/// to its supplier, records the conflicts assessment, awards, issues summaries and publishes the notice; the
/// contract waits for the standstill. Other roles and other buyers are refused.
/// </summary>
public sealed class EvaluationPagesTests : IDisposable
{
    private readonly EvaluationPortal _box = new();

    private string Tender => $"/evaluation/{_box.DesignId}";

    private string Panel => $"/evaluation/panels/{_box.DesignId}";

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public async Task FromOpeningToContract_EachStepThroughThePortal_AndEachRefusalNamed()
    {
        // Arrange
        var (commissioner, _) = await _box.MemberAsync(_box.Buyer, Role.Commissioner, "c@evalton.example");
        var (e, eAccount) = await _box.MemberAsync(_box.Buyer, Role.Evaluator, "e@evalton.example");
        var (f, fAccount) = await _box.MemberAsync(_box.Buyer, Role.Evaluator, "f@evalton.example");
        using var _c = commissioner;
        using var _e = e;
        using var _f = f;

        // Act and assert, step by step.
        var (_, list) = await commissioner.GetAsync("/evaluation");
        Assert.Contains("Evaluated home care", list.QuerySelector("#tenders")?.TextContent, StringComparison.Ordinal);
        var (opened, _) = await commissioner.SubmitAsync(Tender, [], "Open");
        Assert.EndsWith("done=opened", SignedInClient.Location(opened), StringComparison.Ordinal);
        await commissioner.SubmitAsync(Tender, Fields(("evaluator", eAccount)), "Panel");
        await commissioner.SubmitAsync(Tender, Fields(("evaluator", fAccount)), "Panel");

        // E has a financial interest in Alpha: refused without a mitigation, then recorded; F declares none.
        var (_, panelPage) = await e.GetAsync(Panel);
        var rows = panelPage.QuerySelectorAll("#declarations legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Alpha Care CIC", "Beta Homecare Ltd", "Gamma Support"], rows);
        var (vague, vaguePage) = await e.SubmitAsync(Panel, Fields(("d0.interest", "Financial"), ("d0.description", "Shares in Alpha"), ("d1.interest", "None"), ("d2.interest", "None")));
        Assert.Equal(HttpStatusCode.OK, vague.StatusCode);
        Assert.Contains("Alpha Care CIC: mitigation:", vaguePage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(_box.Evaluations.DeclarationsOf(_box.DesignId, eAccount), d => d.Declaration is not null);
        await e.SubmitAsync(Panel, Fields(("d0.interest", "Financial"), ("d0.description", "Shares in Alpha"), ("d0.mitigation", "I will not read or mark Alpha's bid"), ("d1.interest", "None"), ("d2.interest", "None")));
        await f.SubmitAsync(Panel, Fields(("d0.interest", "None"), ("d1.interest", "None"), ("d2.interest", "None")));

        var (eOnAlpha, alphaPage) = await e.GetAsync($"{Panel}/bids/{_box.Bids[_box.Alpha]}");
        Assert.Equal(HttpStatusCode.Forbidden, eOnAlpha.StatusCode);
        Assert.Contains("financial interest", alphaPage.QuerySelector("#refusal")?.TextContent, StringComparison.Ordinal);
        var (_, betaForE) = await e.GetAsync($"{Panel}/bids/{_box.Bids[_box.Beta]}");
        Assert.Contains("A weekly review with each family", betaForE.QuerySelector("#answer-quality")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("520", betaForE.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        async Task MarkAsync(SignedInClient who, string supplier, string score)
        {
            var path = $"{Panel}/bids/{_box.Bids[supplier]}";
            var (marked, markedPage) = await who.SubmitToAsync(path, path, Fields(("criterion", "quality"), ("score", score), ("rationale", $"Mark {score}: the staffing plan on page 2 shows it")));
            Assert.True(marked.StatusCode == HttpStatusCode.Redirect, markedPage.QuerySelector(".govuk-error-summary")?.TextContent);
        }

        var betaPath = $"{Panel}/bids/{_box.Bids[_box.Beta]}";
        var (offScale, offScalePage) = await e.SubmitToAsync(betaPath, betaPath, Fields(("criterion", "quality"), ("score", "6"), ("rationale", "Far more than required, see page 9")));
        Assert.Contains("score: 6 is not on the published scale", offScalePage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        await MarkAsync(e, _box.Beta, "3");
        // The page offers no form once marked; a forged second post is refused all the same.
        var token = (await e.GetAsync(Panel)).Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (again, againPage) = await e.PostAsync(betaPath, Fields(("__RequestVerificationToken", token), ("criterion", "quality"), ("score", "4"), ("rationale", "Changed my mind after page 4 of the plan")));
        Assert.Contains("already", againPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        await MarkAsync(e, _box.Gamma, "3");
        await MarkAsync(f, _box.Alpha, "4");
        await MarkAsync(f, _box.Beta, "4");
        await MarkAsync(f, _box.Gamma, "3");

        // Moderation: the marks show once all have marked; a rationale is required; no average is set.
        async Task ModerateAsync(string supplier, string score, string rationale, bool ok = true)
        {
            var path = $"{Tender}/bids/{_box.Bids[supplier]}";
            var (moderated, page) = await commissioner.SubmitToAsync(path, path, Fields(("criterion", "quality"), ("score", score), ("rationale", rationale)));
            Assert.True((moderated.StatusCode == HttpStatusCode.Redirect) == ok, page.QuerySelector(".govuk-error-summary")?.TextContent);
        }

        var (_, betaForModerator) = await commissioner.GetAsync($"{Tender}/bids/{_box.Bids[_box.Beta]}");
        Assert.Equal(2, betaForModerator.QuerySelectorAll("#marks-quality tbody tr").Length);
        Assert.Contains("520,000.00", betaForModerator.QuerySelector("#price")?.TextContent, StringComparison.Ordinal);
        Assert.Null(betaForModerator.QuerySelector("#moderated-quality"));
        await ModerateAsync(_box.Beta, "3", "Too short", ok: false);
        await ModerateAsync(_box.Beta, "3", "Consensus 3: the review is weekly but has no outcomes measure");
        await ModerateAsync(_box.Alpha, "4", "Consensus 4: named keyworkers with cover arrangements");
        await ModerateAsync(_box.Gamma, "3", "Consensus 3: shared staff, with a rota on page 3");

        // The lot: Gamma's price is flagged; it is put to the supplier, explained, kept in.
        var lot = $"{Tender}/lots/1";
        var (_, lotPage) = await commissioner.GetAsync(lot);
        Assert.Contains(lotPage.QuerySelectorAll("#blockers li"), b => b.TextContent.StartsWith("Gamma Support: its price is flagged", StringComparison.Ordinal));
        Assert.Equal(3, lotPage.QuerySelectorAll("#arithmetic tbody tr").Length);
        await commissioner.SubmitAsync(lot, [], "Ask");
        Assert.True(_box.Evaluations.ExplainAlt(_box.Bids[_box.Gamma], _box.Gamma, "Our day centre grant pays 40% of the shared staff", new ActingParty("account:gamma", "Supplier")).IsSuccess);
        await commissioner.SubmitAsync(lot, Fields(("decision", "accept"), ("reason", "The grant letter confirms the funding")), "Alt");
        var (early, earlyPage) = await commissioner.SubmitAsync(lot, [], "Decide");
        Assert.Contains("conflicts assessment", earlyPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        await commissioner.SubmitAsync(Tender, Fields(("statement", "One evaluator holds shares in Alpha Care CIC and did not read or mark its bid; no other interest was declared.")), "Assessment");
        var (awarded, _) = await commissioner.SubmitAsync(lot, [], "Decide");
        Assert.EndsWith("done=awarded", SignedInClient.Location(awarded), StringComparison.Ordinal);
        var (beforeSummaries, beforePage) = await commissioner.PostAsync($"{lot}?handler=Notice", Fields(("__RequestVerificationToken", (await commissioner.GetAsync(lot)).Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));
        Assert.Contains("assessment summaries first", beforePage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        await commissioner.SubmitAsync(lot, [], "Summaries");
        var (noticed, _) = await commissioner.SubmitAsync(lot, [], "Notice");
        Assert.EndsWith("done=notice", SignedInClient.Location(noticed), StringComparison.Ordinal);
        var (tooSoon, tooSoonPage) = await commissioner.SubmitAsync(lot, Fields(("contractStart", "2027-03-01"), ("contractEnd", "2029-02-28")), "Contract");
        Assert.Contains("may be entered into from 22 January 2027", tooSoonPage.QuerySelector(".govuk-error-summary")?.TextContent, StringComparison.Ordinal);
        _box.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 22, 9, 0, 0, TimeSpan.Zero));
        var (entered, _) = await commissioner.SubmitAsync(lot, Fields(("contractStart", "2027-03-01"), ("contractEnd", "2029-02-28")), "Contract");
        Assert.EndsWith("done=contract", SignedInClient.Location(entered), StringComparison.Ordinal);
        var (_, finalPage) = await commissioner.GetAsync(lot);

        // Assert: Gamma's explained price stays in and wins under F4 (36 + 40 = 76 against Alpha's 48 + 20 = 68); everyone has a summary.
        Assert.Contains("Gamma Support", finalPage.QuerySelector("#winner")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, finalPage.QuerySelectorAll("#summaries-list tbody tr").Length);
        Assert.Contains("21 January 2027", finalPage.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Entered into", finalPage.QuerySelector("#contract")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(new AuditTrail(_box.Portal.Target).Latest(300), entry => entry.Action == "bid.read" && entry.Subject == $"bid:{_box.Bids[_box.Beta]}");
    }

    [Fact]
    public async Task OtherRolesAndOtherBuyers_CannotReachTheEvaluation()
    {
        // Arrange
        var (commissioner, _) = await _box.MemberAsync(_box.Buyer, Role.Commissioner, "c2@evalton.example");
        var (stranger, _) = await _box.MemberAsync(_box.Other, Role.Commissioner, "c@elsewhere.example");
        var (evaluator, _) = await _box.MemberAsync(_box.Buyer, Role.Evaluator, "e2@evalton.example");
        using var _c = commissioner;
        using var _s = stranger;
        using var _e = evaluator;
        await commissioner.SubmitAsync(Tender, [], "Open");

        // Act
        var (strangers, _) = await stranger.GetAsync(Tender);
        var (strangersBid, _) = await stranger.GetAsync($"{Tender}/bids/{_box.Bids[_box.Alpha]}");
        var (evaluators, _) = await evaluator.GetAsync(Tender);
        var (notOnPanel, _) = await evaluator.GetAsync(Panel);
        var (commissionerMarks, _) = await commissioner.GetAsync(Panel);
        using var anonymous = new SignedInClient(_box.Portal);
        var (anonymousResponse, _) = await anonymous.GetAsync(Tender);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangersBid.StatusCode);
        Assert.Contains("access-denied", SignedInClient.Location(evaluators), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notOnPanel.StatusCode);
        Assert.Contains("access-denied", SignedInClient.Location(commissionerMarks), StringComparison.Ordinal);
        Assert.Contains("sign-in", SignedInClient.Location(anonymousResponse), StringComparison.Ordinal);
    }

    public void Dispose() => _box.Dispose();
}
