using System.Net;
using Steward.Core.Accounts;
using Steward.Core.Evaluation.Bids;
using Steward.Data.Accounts;
using Steward.Data.Bids;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Bidding;

/// <summary>
/// Issue 14's supplier side over HTTP: a supplier finds the open tender, reads the lot, bids with a file and a
/// commitment, keeps a receipt whose hash it can recompute, withdraws and bids again; every bad input is refused
/// naming its field and nothing is sealed; another supplier and every other role are kept out.
/// </summary>
public sealed class BiddingJourneyTests(BiddingPortal portal) : IClassFixture<BiddingPortal>
{
    private TenderBoxes Boxes => portal.Services.GetRequiredService<TenderBoxes>();

    [Fact]
    public async Task Supplier_FindsTheTender_BidsWithAFileAndACommitment_KeepsAReceipt_Withdraws_AndBidsAgain()
    {
        // Arrange
        var (supplier, organisation) = await BidClient.SupplierAsync(portal, TimeProvider.System, "Kind Care CIC", "bids@kindcare.example");
        using var _ = supplier;
        var plan = new Upload("f0", "staffing plan.pdf", BidClient.Pdf);

        // Act
        var (_, index) = await supplier.GetAsync("/bidding");
        var (lotResponse, lot) = await supplier.GetAsync(portal.LotPage);
        var (submitted, _) = await BidClient.PostBidAsync(supplier, portal.LotPage, BidClient.Valid(), plan);
        var receiptPath = SignedInClient.Location(submitted);
        var (_, receipt) = await supplier.GetAsync(receiptPath);
        var bidId = receiptPath.Split('/')[3].Split('?')[0];
        var (withdrawn, _) = await supplier.SubmitAsync($"/bidding/receipts/{bidId}", [], "Withdraw");
        var (_, afterWithdrawal) = await supplier.GetAsync(SignedInClient.Location(withdrawn));
        var changed = BidClient.Valid();
        changed["price"] = ["440000"];
        var (resubmitted, _) = await BidClient.PostBidAsync(supplier, portal.LotPage, changed, plan);
        var (_, again) = await supplier.GetAsync(SignedInClient.Location(resubmitted));
        var (_, finalIndex) = await supplier.GetAsync("/bidding");

        // Assert: the open tender, in UK time, linked to its lot.
        var row = index.QuerySelector("#tenders tbody tr")!;
        Assert.Contains(BidTender.Title, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Anytown Council", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("11:59:59pm on ", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("(UK time)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(portal.LotPage, Html.Links(index, "/bidding/"));
        Assert.Equal("Bidding", index.QuerySelector("#nav-bidding")?.TextContent);

        // The lot as bidders need it.
        Assert.Equal(HttpStatusCode.OK, lotResponse.StatusCode);
        Assert.Contains("Price is scored by F4", lot.QuerySelector("#methodology")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Excellent: exceeds the requirement", lot.QuerySelector("#scale")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sub-criterion of Quality of care: Staffing and continuity", lot.QuerySelector("#criteria")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Local residents hired (people)"], lot.QuerySelectorAll("select[id='m0.measure'] option").Skip(1).Select(o => o.TextContent));
        Assert.Contains("PA 2023 s.57", lot.QuerySelector("#declarations-noExclusionGrounds-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Null(lot.QuerySelector("#late"));

        // The receipt: its hash is BidFingerprint's over exactly what was sent.
        var expected = new BidContent("1", 450_000m, new Dictionary<string, CriterionResponse>
        {
            ["staffing"] = new("Named keyworkers for every person, covered by a rota of four", ["staffing plan.pdf"]),
            ["outcomes"] = new("Outcomes agreed with each person and reviewed every month", []),
            ["sv"] = new("We will hire locally through the job centre", []),
        }, [new Commitment("local-hires", 12m, "people", new DateOnly(2029, 3, 31), "Anytown", "sv")], new BidDeclarations(true, true, true), new Dictionary<string, decimal>());
        Assert.StartsWith("/bidding/receipts/", receiptPath, StringComparison.Ordinal);
        Assert.Equal(BidFingerprint.Of(expected, [("staffing plan.pdf", BidClient.Pdf)]), receipt.QuerySelector("#hash")!.TextContent);
        Assert.Contains("sealed", receipt.QuerySelector("#done")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("In the tender box", receipt.QuerySelector("#status")!.TextContent);
        Assert.Equal("On time", receipt.QuerySelector("#lateness")!.TextContent);
        Assert.Contains("not even to you", receipt.QuerySelector("#sealed")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Named keyworkers", receipt.Body!.TextContent, StringComparison.Ordinal);

        // Withdrawn, then a new bid with its own hash; both receipts stay.
        Assert.Equal("Withdrawn", afterWithdrawal.QuerySelector("#status")!.TextContent);
        Assert.Null(afterWithdrawal.QuerySelector("#withdraw"));
        Assert.NotEqual(receipt.QuerySelector("#hash")!.TextContent, again.QuerySelector("#hash")!.TextContent);
        Assert.Equal(BidFingerprint.Of(expected with { Price = 440_000m }, [("staffing plan.pdf", BidClient.Pdf)]), again.QuerySelector("#hash")!.TextContent);
        Assert.Equal(2, finalIndex.QuerySelectorAll("#receipts tbody tr").Length);
        var stored = Boxes.ReceiptsOf(organisation);
        Assert.Equal(["submitted", "withdrawn"], stored.Select(r => r.Status));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "price as text", "price", "Enter the price as a number" },
        { "missing answer", "a1", "Answer this criterion (Outcomes for people)" },
        { "wrong unit", "m0.quantity", "\"jobs\" is not the unit of Local residents hired; commit in people" },
        { "declaration not ticked", "declarations-independentTender", "Confirm \"Our tender and price were arrived at independently" },
        { "file too big", "f0", "each file must be at most 1 MB" },
        { "refused type", "f0", "is not a PDF, PNG, JPEG, Word (.docx) or plain text file" },
        { "commitment without a measure", "m1.measure", "Commitment 2: choose the measure" },
        { "date that is not a date", "m0.by", "Commitment 1: enter the date it will be delivered by as a date" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInput_IsRefused_NamingItsField_AndNothingIsSealed(string change, string field, string message)
    {
        // Arrange
        var (supplier, organisation) = await BidClient.SupplierAsync(portal, TimeProvider.System, $"Bad input {change}", $"{change.Replace(' ', '-')}@bad.example");
        using var _ = supplier;
        var fields = BidClient.Valid();
        var files = new List<Upload>();
        switch (change)
        {
            case "price as text": fields["price"] = ["four hundred thousand"]; break;
            case "missing answer": fields["a1"] = ["  "]; break;
            case "wrong unit": fields["m0.quantity"] = ["12 jobs"]; break;
            case "declaration not ticked": fields["declarations"] = ["conditionsOfParticipation", "noExclusionGrounds"]; break;
            case "file too big": files.Add(new Upload("f0", "plan.pdf", [.. BidClient.Pdf, .. new byte[(1024 * 1024) + 1]])); break;
            case "refused type": files.Add(new Upload("f0", "plan.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])); break;
            case "commitment without a measure": fields["m1.quantity"] = ["3"]; break;
            default: fields["m0.by"] = ["31 March"]; break;
        }

        // Act
        var (response, page) = await BidClient.PostBidAsync(supplier, portal.LotPage, fields, [.. files]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = BidClient.Errors(page);
        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.NotNull(page.GetElementById(field));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Empty(Boxes.ReceiptsOf(organisation));
    }

    [Fact]
    public async Task AnEmptyForm_ListsEveryProblem_InThePagesOrder()
    {
        // Arrange
        var (supplier, organisation) = await BidClient.SupplierAsync(portal, TimeProvider.System, "Hasty Care Ltd", "hasty@care.example");
        using var _ = supplier;

        // Act
        var (_, page) = await BidClient.PostBidAsync(supplier, portal.LotPage, new() { ["rows"] = ["5"] });

        // Assert
        Assert.Equal(["price", "a0", "a1", "a2", "declarations-conditionsOfParticipation", "declarations-noExclusionGrounds", "declarations-independentTender"],
            BidClient.Errors(page).Select(e => e.Field));
        Assert.NotNull(page.QuerySelector("#files-again"));
        Assert.Empty(Boxes.ReceiptsOf(organisation));
    }

    [Fact]
    public async Task AnotherSupplier_CannotSeeTheFirstOnesReceipt_NorWithdrawIt()
    {
        // Arrange
        var (first, _) = await BidClient.SupplierAsync(portal, TimeProvider.System, "First Care Ltd", "first@care.example");
        using var _ = first;
        var (second, _) = await BidClient.SupplierAsync(portal, TimeProvider.System, "Second Care Ltd", "second@care.example");
        using var __ = second;
        var (submitted, _) = await BidClient.PostBidAsync(first, portal.LotPage, BidClient.Valid());
        var receipt = SignedInClient.Location(submitted).Split('?')[0];
        var bidId = receipt.Split('/')[3];

        // Act
        var (seen, _) = await second.GetAsync(receipt);
        var (withdraw, _) = await second.PostAsync($"{receipt}?handler=Withdraw", new() { ["__RequestVerificationToken"] = await TokenAsync(second) });
        var (question, _) = await second.GetAsync($"/bidding/questions/{bidId}");
        var (summary, _) = await second.GetAsync($"/bidding/summaries/{bidId}");
        var (pdf, _) = await second.GetAsync($"/bidding/summaries/{bidId}?handler=Pdf");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, question.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal("submitted", Boxes.ReceiptsOf(OrganisationOf(bidId)).Single().Status);
    }

    [Fact]
    public async Task AnUnknownOrUnpublishedTender_OrLot_IsNotFound()
    {
        // Arrange
        var (supplier, _) = await BidClient.SupplierAsync(portal, TimeProvider.System, "Curious Care Ltd", "curious@care.example");
        using var _ = supplier;
        var draft = new Data.Tenders.TenderDesigns(portal.Target, TimeProvider.System).Create(portal.Buyer, """{"title":"Not yet"}""", BidTender.Commissioner).Value.Id;

        // Act
        var (unknown, _) = await supplier.GetAsync("/bidding/no-such-design/lots/1");
        var (unpublished, _) = await supplier.GetAsync($"/bidding/{draft}/lots/1");
        var (noLot, _) = await supplier.GetAsync($"/bidding/{portal.DesignId}/lots/9");
        var (noReceipt, _) = await supplier.GetAsync("/bidding/receipts/nothing");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noLot.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noReceipt.StatusCode);
    }

    [Fact]
    public async Task OnlySuppliers_MayBid_CommissionersEvaluatorsAdminsAndAnonymousAreRefused()
    {
        // Arrange
        var directory = new AccountDirectory(portal.Target, TimeProvider.System);
        var buyer = directory.AddOrganisation("Refusing Council", OrganisationSide.Buyer, null, "cli:test").Value;
        var instance = directory.Instance("Steward", "cli:test");
        var people = new List<(string Who, SignedInClient Client)>();
        foreach (var (role, organisation, email) in new[] { (Role.Commissioner, buyer.Id, "c@refusing.example"), (Role.Evaluator, buyer.Id, "e@refusing.example"), (Role.Admin, instance.Id, "a@refusing.example") })
        {
            var client = new SignedInClient(portal);
            await client.JoinWithSecondFactorAsync(directory.Invite(organisation, role, TimeSpan.FromDays(1), "cli:test").Value.Token, email);
            people.Add((RoleNames.Of(role), client));
        }

        using var anonymous = new SignedInClient(portal);

        // Act / Assert
        foreach (var path in new[] { "/bidding", portal.LotPage, "/bidding/receipts/x", "/bidding/questions/x", "/bidding/summaries/x" })
        {
            foreach (var (who, client) in people)
            {
                var (refused, _) = await client.GetAsync(path);
                Assert.True(SignedInClient.Location(refused).StartsWith("/account/access-denied", StringComparison.Ordinal), $"{who} on {path}");
            }

            var (signIn, _) = await anonymous.GetAsync(path);
            Assert.StartsWith("/sign-in", SignedInClient.Location(signIn), StringComparison.Ordinal);
        }

        var (_, commissionerHome) = await people[0].Client.GetAsync("/account");
        Assert.Null(commissionerHome.QuerySelector("#nav-bidding"));
        Assert.Null(commissionerHome.QuerySelector("#bidding"));
        foreach (var (_, client) in people)
        {
            client.Dispose();
        }
    }

    private string OrganisationOf(string bidId)
    {
        using var context = Data.StewardDatabase.CreateContext(portal.Target);
        return context.SealedBids.Single(b => b.Id == bidId).SupplierId;
    }

    private static async Task<string> TokenAsync(SignedInClient client)
    {
        var (_, page) = await client.GetAsync("/account");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
