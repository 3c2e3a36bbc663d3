using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Accounts;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Conflicts;
using Steward.Data.Accounts;
using Steward.Data.Bids;
using Steward.Data.Entities;
using Steward.Testing;
using Steward.Web.Bidding;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Bidding;

/// <summary>
/// After the deadline, on the portal's own clock: the lot page says a bid now is late; the buyer's question about a
/// low price is answered on its page (PA 2023 s.19(4)); and once the buyer has marked, moderated, awarded and issued
/// the summaries (driven through the store, as the evaluation pages would), each supplier reads its own summary as a
/// page, as JSON and as a PDF with the same facts (reg 31), and no other supplier's.
/// </summary>
public sealed class BiddingAwardTests : IDisposable
{
    private static readonly DateOnly TenderStart = new(2026, 12, 7);
    private static readonly DateOnly TenderEnd = new(2027, 1, 11);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly PortalFactory _portal;

    public BiddingAwardTests() =>
        _portal = new PortalFactory(TestDatabase.Sqlite(), new() { ["Steward:DemoReleases"] = "0", ["Steward:Accounts:SignInsPerMinute"] = "1000" },
            services => services.AddSingleton<TimeProvider>(_clock));

    private TenderBoxes Boxes => _portal.Services.GetRequiredService<TenderBoxes>();

    private Evaluations Evaluations => _portal.Services.GetRequiredService<Evaluations>();

    [Fact]
    public async Task AfterTheDeadline_TheLotSaysLate_TheSupplierAnswersThePriceQuestion_AndEachReadsItsOwnSummary_AsPageJsonAndPdf()
    {
        // Arrange: three bids before the deadline, two through the portal.
        _portal.CreateClient().Dispose();
        var (buyer, design) = BidTender.Publish(_portal.Target, _clock, TenderStart, TenderEnd);
        var lotPage = $"/bidding/{design}/lots/1";
        var (alpha, alphaId) = await BidClient.SupplierAsync(_portal, _clock, "Alpha Care CIC", "bids@alpha.example");
        using var _ = alpha;
        var (gamma, gammaId) = await BidClient.SupplierAsync(_portal, _clock, "Gamma Support", "bids@gamma.example");
        using var __ = gamma;
        var alphaBid = await BidAsync(alpha, lotPage, "500000");
        var gammaBid = await BidAsync(gamma, lotPage, "250000");
        var betaId = new AccountDirectory(_portal.Target, _clock).AddOrganisation("Beta Homecare Ltd", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        var betaBid = Boxes.Submit(design, betaId, BidJson(520_000m), [], new ActingParty("account:beta", "Supplier, Beta Homecare Ltd")).Value.BidId;

        // Act: the deadline passes; the box is opened, marked and moderated; Gamma's low price is put to it.
        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        await BidClient.SignInAsync(gamma, "bids@gamma.example");
        var (_, lateLot) = await gamma.GetAsync(lotPage);
        var (_, lateReceipt) = await gamma.GetAsync($"/bidding/receipts/{gammaBid}");
        Evaluate(buyer, design, (alphaBid, 4m), (betaBid, 3m), (gammaBid, 3m), [alphaId, betaId, gammaId]);
        Assert.True(Evaluations.AskAlt(gammaBid, buyer, BidTender.Commissioner).IsSuccess);
        var (_, home) = await gamma.GetAsync("/bidding");
        var (_, questionPage) = await gamma.GetAsync($"/bidding/questions/{gammaBid}");
        var (_, blank) = await gamma.SubmitAsync($"/bidding/questions/{gammaBid}", new() { ["Explanation"] = " " });
        var (answered, _) = await gamma.SubmitAsync($"/bidding/questions/{gammaBid}", new() { ["Explanation"] = "A grant pays 40% of our carers' wages" });
        var (_, answeredPage) = await gamma.GetAsync(SignedInClient.Location(answered));
        var (alphaOnGamma, _) = await AlphaAsync(alpha, $"/bidding/questions/{gammaBid}");

        // The buyer accepts the explanation, awards and issues the summaries.
        Assert.True(Evaluations.DecideAlt(gammaBid, buyer, AltDecision.Accepted, "The grant is confirmed by the funder's letter", BidTender.Commissioner).IsSuccess);
        Assert.True(Evaluations.RecordAssessment(design, buyer, "No evaluator declared an interest in any bidder.", BidTender.Commissioner).IsSuccess);
        var award = Evaluations.DecideAward(design, buyer, "1", BidTender.Commissioner);
        Assert.True(award.IsSuccess, award.Error?.Message);
        Assert.True(Evaluations.IssueSummaries(design, buyer, "1", BidTender.Commissioner).IsSuccess);
        var (_, alphaHome) = await alpha.GetAsync("/bidding");
        var (_, page) = await alpha.GetAsync($"/bidding/summaries/{alphaBid}");
        var (json, _) = await alpha.GetAsync($"/bidding/summaries/{alphaBid}?handler=Json");
        var (pdf, _) = await alpha.GetAsync($"/bidding/summaries/{alphaBid}?handler=Pdf");
        var (_, winner) = await gamma.GetAsync($"/bidding/summaries/{gammaBid}");
        var (othersSummary, _) = await alpha.GetAsync($"/bidding/summaries/{gammaBid}");
        var (othersPdf, _) = await alpha.GetAsync($"/bidding/summaries/{gammaBid}?handler=Pdf");

        // Assert: after the deadline the form stays, saying the bid would be late; the receipt can no longer be withdrawn.
        Assert.Contains("PA 2023 s.19(3)(d)", lateLot.QuerySelector("#late")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("marked late", lateLot.QuerySelector("#submit")!.TextContent, StringComparison.Ordinal);
        Assert.Null(lateReceipt.QuerySelector("#withdraw"));
        Assert.NotNull(lateReceipt.QuerySelector("#closed"));

        // The question, its answer, and nobody else's.
        Assert.Contains($"/bidding/questions/{gammaBid}", Html.Links(home, "/bidding/questions/"));
        Assert.Contains("below the mean of the other bids", questionPage.QuerySelector("#flag")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([("Explanation", "Show how you can perform the contract for the price you bid (PA 2023 s.19(4)(b), (5))")], BidClient.Errors(blank));
        Assert.Equal("Your explanation is sent to the buyer.", answeredPage.QuerySelector("#done")!.TextContent);
        Assert.Equal("A grant pays 40% of our carers' wages", answeredPage.QuerySelector("#Explanation")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, alphaOnGamma.StatusCode);

        // Alpha's summary: the page, the JSON as kept, the PDF with the page's facts.
        var kept = Evaluations.SummariesOf(alphaId).Single();
        var sheet = SummarySheet.Of(kept);
        Assert.Contains($"/bidding/summaries/{alphaBid}", Html.Links(alphaHome, "/bidding/summaries/"));
        Assert.Equal(sheet.Title, page.QuerySelector("#title")!.TextContent);
        Assert.Equal("Your tender was not the most advantageous tender (reg 31(3)).", Html.Summary(page, "Result"));
        Assert.Contains("ranked 2 of 3", page.QuerySelector("#why")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Gamma Support", page.QuerySelector("#best .govuk-summary-list__value")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("#marks tbody tr").Length);
        Assert.Contains("Consensus 4: both evaluators cite the answer", page.QuerySelector("#marks")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        var body = await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(JsonSerializer.Serialize(kept, Json), body);
        Assert.Contains("\"whyNotSuccessful\":", body, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        var (pages, text) = AssessmentSummaryPdfTests.Read(await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.True(pages > 0);
        var missing = AssessmentSummaryPdfTests.Strings(sheet).Select(PdfText.Flat).Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"on the page but not in the PDF: {string.Join(" | ", missing)}");
        foreach (var fact in sheet.Facts)
        {
            Assert.Equal(fact.Value, Html.Summary(page, fact.Key));
        }

        // Gamma's says it won; neither shows a person's e-mail; Alpha cannot open Gamma's.
        Assert.Equal("Your tender is the most advantageous tender (reg 31(2)).", Html.Summary(winner, "Result"));
        Assert.DoesNotContain("@", page.Body!.TextContent + text + body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, othersSummary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersPdf.StatusCode);
    }

    [Fact]
    public async Task AfterTheDeadline_ANewBidIsReceivedMarkedLate_AndAnOnTimeBidStands()
    {
        // Arrange
        _portal.CreateClient().Dispose();
        var (_, design) = BidTender.Publish(_portal.Target, _clock, TenderStart, TenderEnd);
        var lotPage = $"/bidding/{design}/lots/1";
        var (early, earlyId) = await BidClient.SupplierAsync(_portal, _clock, "Early Care Ltd", "bids@early.example");
        using var _ = early;
        var onTime = await BidAsync(early, lotPage, "480000");
        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 0, 0, 30, TimeSpan.Zero));
        var (late, lateId) = await BidClient.SupplierAsync(_portal, _clock, "Late Care Ltd", "bids@late.example");
        using var __ = late;
        await BidClient.SignInAsync(early, "bids@early.example");

        // Act
        var (_, index) = await late.GetAsync("/bidding");
        var lateBid = await BidAsync(late, lotPage, "470000");
        var (_, receipt) = await late.GetAsync($"/bidding/receipts/{lateBid}?done=submitted");
        var (again, againPage) = await BidClient.PostBidAsync(early, lotPage, BidClient.Valid());

        // Assert
        Assert.NotNull(index.QuerySelector("#no-tenders"));
        Assert.StartsWith("Late: received after the deadline", receipt.QuerySelector("#lateness")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("marked late", receipt.QuerySelector("#done")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(BidClient.Errors(againPage).Any(e => e.Field == "main-content" && e.Message.Contains("stands", StringComparison.Ordinal)), string.Join(" / ", BidClient.Errors(againPage)));
        Assert.Equal(onTime, Boxes.ReceiptsOf(earlyId).Single().BidId);
        Assert.True(Boxes.ReceiptsOf(lateId).Single().Late);
    }

    private static async Task<string> BidAsync(SignedInClient client, string lotPage, string price)
    {
        var fields = BidClient.Valid();
        fields["price"] = [price];
        var (response, page) = await BidClient.PostBidAsync(client, lotPage, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", BidClient.Errors(page).Select(e => e.Message)));
        return SignedInClient.Location(response).Split('/')[3].Split('?')[0];
    }

    /// <summary>Alpha signs in again if its session ran out while the clock moved, then opens <paramref name="path"/>.</summary>
    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> AlphaAsync(SignedInClient alpha, string path)
    {
        await BidClient.SignInAsync(alpha, "bids@alpha.example");
        return await alpha.GetAsync(path);
    }

    private static string BidJson(decimal price) => $$$"""
        {"lot":"1","price":{{{price.ToString(System.Globalization.CultureInfo.InvariantCulture)}}},"responses":{"staffing":{"text":"Keyworkers"},"outcomes":{"text":"Monthly reviews"},"sv":{"text":"Local hiring"}},
         "declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true}}
        """;

    /// <summary>Opens the box; two evaluators declare no interest and mark every criterion; the marks are moderated.</summary>
    private void Evaluate(string buyer, string design, (string Bid, decimal Score) a, (string Bid, decimal Score) b, (string Bid, decimal Score) c, string[] suppliers)
    {
        Assert.True(Boxes.Open(design, buyer, BidTender.Commissioner).IsSuccess);
        var directory = new AccountDirectory(_portal.Target, _clock);
        var evaluators = new[] { Account("e@anytown.example"), Account("f@anytown.example") };
        foreach (var evaluator in evaluators)
        {
            Assert.True(directory.AddMember(evaluator, buyer, Role.Evaluator, "cli:test").IsSuccess);
            Assert.True(Evaluations.AddToPanel(design, buyer, evaluator, BidTender.Commissioner).IsSuccess);
            var party = new ActingParty($"account:{evaluator}", "Evaluator, Anytown Council");
            foreach (var supplier in suppliers)
            {
                Assert.True(Evaluations.Declare(design, evaluator, supplier, InterestKind.None, null, null, party).IsSuccess);
            }

            foreach (var (bid, score) in new[] { a, b, c })
            {
                foreach (var criterion in new[] { "staffing", "outcomes", "sv" })
                {
                    var marked = Evaluations.Mark(bid, evaluator, criterion, score, $"Mark {score}: the answer on page 2 shows it", party);
                    Assert.True(marked.IsSuccess, marked.Error?.Message);
                }
            }
        }

        foreach (var (bid, score) in new[] { a, b, c })
        {
            foreach (var criterion in new[] { "staffing", "outcomes", "sv" })
            {
                var moderated = Evaluations.Moderate(bid, buyer, criterion, score, $"Consensus {score}: both evaluators cite the answer", BidTender.Commissioner);
                Assert.True(moderated.IsSuccess, moderated.Error?.Message);
            }
        }
    }

    private string Account(string email)
    {
        using var context = Data.StewardDatabase.CreateContext(_portal.Target);
        var account = new AccountUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = "s" };
        context.Users.Add(account);
        context.SaveChanges();
        return account.Id;
    }

    public void Dispose() => _portal.Dispose();
}
