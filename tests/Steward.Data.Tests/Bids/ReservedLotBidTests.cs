using System.Text.Json;
using Steward.Core.Suppliers;
using Steward.Data.Suppliers;
using Steward.Data.Tenders;
using Steward.Testing;

namespace Steward.Data.Tests.Bids;

/// <summary>A bid for a lot reserved for public service mutuals (PA 2023 s.33) is checked against the supplier register at submission.</summary>
public sealed class ReservedLotBidTests
{
    private const string Design = """
        {"title":"Day opportunities","buyer":{"socialValueModel":"none"},"value":400000,"cpv":"85312000","procedure":"competitiveFlexible","contractType":"lightTouch",
         "tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
         "lots":[{"id":"1","title":"Day centres","value":400000,"reservedParticipation":"publicServiceMissionOrganization",
           "contractPeriod":{"startDate":"2027-04-01","endDate":"2030-03-31"},
           "criteria":[{"id":"quality","type":"quality","weight":60,"maxScore":5},{"id":"price","type":"price","weight":40}],
           "priceMethod":{"formula":"F4","floor":200000,"ceiling":500000},"tieBreak":"higherQuality"}]}
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ABidder_WithNoRegisterProfile_OrNotAMutual_IsRefusedWithTheReasons(string provider)
    {
        // Arrange
        using var box = BoxFixture.Create(provider);
        var designs = new TenderDesigns(box.Database.Target, box.Clock);
        var design = designs.Create(box.Buyer, Design, BoxFixture.Commissioner).Value.Id;
        Tenders.TenderDesignsTests.Assess(box.Database, box.Buyer, design);
        var published = designs.Publish(design, box.Buyer, new DateOnly(2026, 12, 2), [.. designs.Review(design, new DateOnly(2026, 12, 2))!.Warnings
            .Select(w => new WarningReason(w.Code, w.Path, "accepted for the test"))], null, BoxFixture.Commissioner);
        Assert.True(published.IsSuccess, published.Error?.Message);
        using var json = JsonDocument.Parse("""{"name":"Beta Homecare Ltd","legalForm":"company-limited-by-shares","identifiers":[{"scheme":"GB-COH","id":"22222222"}]}""");
        var profile = SupplierProfileJson.Read(json.RootElement).Profile!;
        var saved = new SupplierRegister(box.Database.Target, box.Clock).Save(json.RootElement, profile, "test");
        using (var context = box.Database.Context())
        {
            context.AccountOrganisations.First(o => o.Id == box.Beta).SupplierProfileId = saved.Id;
            context.SaveChanges();
        }

        // Act
        var noProfile = box.Boxes.Submit(design, box.Alpha, BoxFixture.Bid(300_000m), [], BoxFixture.SupplierParty(box.Alpha));
        var notMutual = box.Boxes.Submit(design, box.Beta, BoxFixture.Bid(300_000m), [], BoxFixture.SupplierParty(box.Beta));

        // Assert
        Assert.Contains("lot 1 is reserved (PA 2023 s.33)", noProfile.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("has no register profile", noProfile.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("the register", notMutual.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("Beta Homecare Ltd may bid", notMutual.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(box.Boxes.ReceiptsOf(box.Beta));
    }
}
