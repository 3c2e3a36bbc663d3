using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Evaluation.Bids;
using Steward.Data.Audit;
using Steward.Data.Bids;
using Steward.Testing;

namespace Steward.Data.Tests.Bids;

/// <summary>
/// The sealed tender box on both engines (issue 14 item 2): no bid can be read before the deadline by anyone through
/// Steward; a copy of the database alone reveals none; opening is an explicit, audited act after the deadline, by two
/// people when the buyer asks.
/// </summary>
public sealed class SealedBoxTests
{
    private const string Marker = "ZEBRA-7731 our secret staffing model";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void BeforeTheDeadline_NoBidCanBeRead_ByAnyPathThroughSteward(string provider)
    {
        // Arrange
        using var box = BoxFixture.Create(provider);
        var receipt = box.Submit(box.Alpha, 512_345.67m, Marker);
        box.Evaluations.AddToPanel(box.DesignId, box.Buyer, box.E, BoxFixture.Commissioner);

        // Act
        var opened = box.Boxes.Open(box.DesignId, box.Buyer, BoxFixture.Commissioner);
        var marking = box.Evaluations.ForMarking(receipt.BidId, box.E, BoxFixture.EvaluatorParty(box.E));
        var moderation = box.Evaluations.ForModeration(receipt.BidId, box.Buyer, BoxFixture.Commissioner);
        var status = box.Boxes.Status(box.DesignId, box.Buyer)!;
        var bidders = box.Boxes.Bidders(box.DesignId);

        // Assert
        Assert.Contains("opens only after the deadline", opened.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("sealed", marking.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("sealed", moderation.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(BoxState.Receiving, status.State);
        Assert.Null(status.Bids);
        Assert.Empty(bidders);
        Assert.StartsWith("sha256:", receipt.ContentHash, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ACopyOfTheDatabaseAlone_RevealsNoBid_AndAnotherKeyRingOpensNone(string provider)
    {
        // Arrange
        using var box = BoxFixture.Create(provider);
        var receipt = box.Submit(box.Alpha, 512_345.67m, Marker);
        box.Clock.SetUtcNow(BoxFixture.AfterDeadline);
        Assert.True(box.Boxes.Open(box.DesignId, box.Buyer, BoxFixture.Commissioner).IsSuccess);
        using var stranger = new TempFolder();
        var withoutTheRing = new TenderBoxes(box.Database.Target, box.Clock, new BidOptions { KeyRing = new KeyRing(stranger.File("other"), box.Clock) });
        var noRing = new TenderBoxes(box.Database.Target, box.Clock, new BidOptions());

        // Act: every value of every column of every table, as text and as bytes.
        var dump = Dump(box.Database);
        var wrongRing = Record.Exception(() => new Evaluations(box.Database.Target, box.Clock, withoutTheRing).ForModeration(receipt.BidId, box.Buyer, BoxFixture.Commissioner));
        var missingRing = Record.Exception(() => new Evaluations(box.Database.Target, box.Clock, noRing).ForModeration(receipt.BidId, box.Buyer, BoxFixture.Commissioner));
        var rightRing = box.Evaluations.ForModeration(receipt.BidId, box.Buyer, BoxFixture.Commissioner);

        // Assert
        Assert.DoesNotContain("ZEBRA-7731", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("512345.67", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("staffing model", dump, StringComparison.Ordinal);
        Assert.IsType<KeyRingException>(wrongRing);
        Assert.Contains("has no key", wrongRing.Message, StringComparison.Ordinal);
        Assert.Contains("Steward:Bids:KeyRing", missingRing?.Message, StringComparison.Ordinal);
        Assert.True(rightRing.IsSuccess, rightRing.Error?.Message);
        Assert.Equal(Marker, rightRing.Value.Bid.Content.Responses["quality"].Text);
        Assert.Equal(512_345.67m, rightRing.Value.Bid.Content.Price);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Opening_TakesTwoDifferentPeople_WhenTheBuyerAsks_AndEveryStepAndReadingIsAudited(string provider)
    {
        // Arrange
        using var box = BoxFixture.Create(provider);
        var receipt = box.Submit(box.Alpha, 500_000m);
        box.Boxes.SetOpeningRule(box.Buyer, OpeningRule.TwoPeople, BoxFixture.Commissioner);
        box.Clock.SetUtcNow(BoxFixture.AfterDeadline);

        // Act
        var asked = box.Boxes.Open(box.DesignId, box.Buyer, BoxFixture.Commissioner);
        var readTooSoon = box.Evaluations.ForModeration(receipt.BidId, box.Buyer, BoxFixture.Commissioner);
        var sameAgain = box.Boxes.Open(box.DesignId, box.Buyer, BoxFixture.Commissioner);
        var confirmed = box.Boxes.Open(box.DesignId, box.Buyer, BoxFixture.Second);
        var read = box.Evaluations.ForModeration(receipt.BidId, box.Buyer, BoxFixture.Second);
        var trail = new AuditTrail(box.Database.Target).Latest(50);

        // Assert
        Assert.True(asked.IsSuccess);
        Assert.Equal(BoxState.Closed, asked.Value.State);
        Assert.Equal("account:commissioner", asked.Value.OpeningRequestedBy);
        Assert.False(readTooSoon.IsSuccess);
        Assert.Contains("another person must confirm", sameAgain.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(BoxState.Opened, confirmed.Value.State);
        Assert.Equal("account:second", confirmed.Value.OpenedBy);
        Assert.True(read.IsSuccess);
        Assert.Contains(trail, e => e.Action == "tender-box.changed" && e.Actor == "account:commissioner" && e.Details.Contains("OpeningRequestedBy", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "tender-box.changed" && e.Actor == "account:second" && e.Details.Contains("OpenedAt", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "bid.read" && e.Actor == "account:second" && e.Subject == $"bid:{receipt.BidId}");
        Assert.DoesNotContain(trail, e => e.Details.Contains("500000", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Submissions_AreReplacedAndWithdrawnBeforeTheDeadline_AndMarkedLateAfter(string provider)
    {
        // Arrange
        using var box = BoxFixture.Create(provider);
        var first = box.Submit(box.Alpha, 500_000m);
        var second = box.Submit(box.Alpha, 480_000m);
        var beta = box.Submit(box.Beta, 450_000m);

        // Act
        var withdrawn = box.Boxes.Withdraw(beta.BidId, box.Beta, BoxFixture.SupplierParty(box.Beta));
        var notOwn = box.Boxes.Withdraw(second.BidId, box.Beta, BoxFixture.SupplierParty(box.Beta));
        box.Clock.SetUtcNow(BoxFixture.AfterDeadline);
        var lateResubmission = box.Boxes.Submit(box.DesignId, box.Alpha, BoxFixture.Bid(470_000m), [], BoxFixture.SupplierParty(box.Alpha));
        var late = box.Submit(box.Gamma, 400_000m);
        var lateWithdrawal = box.Boxes.Withdraw(late.BidId, box.Gamma, BoxFixture.SupplierParty(box.Gamma));
        var receipts = box.Boxes.ReceiptsOf(box.Alpha);
        var status = box.Boxes.Status(box.DesignId, box.Buyer)!;

        // Assert
        Assert.Equal(["submitted", "superseded"], receipts.Select(r => r.Status));
        Assert.Equal(second.BidId, receipts[0].BidId);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal("withdrawn", withdrawn.Value.Status);
        Assert.False(notOwn.IsSuccess);
        Assert.Contains("your bid received", lateResubmission.Error?.Message, StringComparison.Ordinal);
        Assert.True(late.Late);
        Assert.Contains("deadline", lateWithdrawal.Error?.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (status.Bids, status.Late));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ABidThatDoesNotAnswerTheTender_IsRefusedWhole_AndNothingIsSealed(string provider)
    {
        // Arrange
        using var box = BoxFixture.Create(provider);

        // Act
        var noAnswer = box.Boxes.Submit(box.DesignId, box.Alpha, """{"lot":"1","price":1,"declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true}}""", [], BoxFixture.SupplierParty(box.Alpha));
        var textPrice = box.Boxes.Submit(box.DesignId, box.Alpha, """{"lot":"1","price":"lots"}""", [], BoxFixture.SupplierParty(box.Alpha));
        var unnamedFile = box.Boxes.Submit(box.DesignId, box.Alpha, BoxFixture.Bid(1m), [new BidFile("plan.pdf", [1, 2])], BoxFixture.SupplierParty(box.Alpha));
        var buyerBids = box.Boxes.Submit(box.DesignId, box.Buyer, BoxFixture.Bid(1m), [], BoxFixture.SupplierParty(box.Buyer));
        using var context = box.Database.Context();

        // Assert
        Assert.Contains("responses.quality: answer this criterion", noAnswer.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("price: expected a number", textPrice.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("files.plan.pdf: no answer names this file", unnamedFile.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("only suppliers bid", buyerBids.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(0, context.SealedBids.Count());
    }

    /// <summary>Every column of every table, text as text and bytes as UTF-8, so a plaintext anywhere is found.</summary>
    private static string Dump(TestDatabase database)
    {
        using var context = database.Context();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = context.Database.IsNpgsql()
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? string.Empty : reader.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
            }
        }

        return text.ToString();
    }
}
