using Steward.Core.Analytics.Flags;
using Steward.Data.Analytics;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Analytics;

/// <summary><c>bids.details</c> stored and read back, with tenderers resolved to organisations.</summary>
public sealed class BidsImportTests
{
    private const string Parties = """
        "parties":[
          {"id":"B1","name":"Council","roles":["buyer"]},
          {"id":"S1","name":"Alpha Ltd","identifier":{"scheme":"GB-COH","id":"01234567"},"roles":["tenderer","supplier"]},
          {"id":"S2","name":"Beta Ltd","identifier":{"scheme":"GB-COH","id":"07654321"},"roles":["tenderer"]}],
        "buyer":{"id":"B1","name":"Council"}
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_BidDetails_AreReadBackWithTheirTenderers(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var release = Release("ocds-test-1", "r1", "2026-02-01T00:00:00Z", Parties + """
            ,"tender":{"status":"complete","procurementMethod":"open","tenderPeriod":{"startDate":"2026-01-01T00:00:00Z","endDate":"2026-01-20T00:00:00Z"}},
            "awards":[{"id":"A1","status":"active","value":{"amount":1000,"currency":"GBP"},"suppliers":[{"id":"S1","name":"Alpha Ltd"}]}],
            "bids":{"details":[
              {"id":"bid-1","status":"valid","date":"2026-01-19T10:00:00Z","value":{"amount":1000,"currency":"GBP"},"tenderers":[{"id":"S1","name":"Alpha Ltd"}]},
              {"id":"bid-2","status":"disqualified","date":"2026-01-19T11:00:00Z","value":{"amount":900,"currency":"GBP"},"tenderers":[{"id":"S2","name":"Beta Ltd"}]}]}
            """);
        ImportText(database, Lines(release));

        var view = Assert.Single(ProcessViewReader.Read(database.Target, Data.Analytics.ViewParts.All));

        Assert.Equal(2, view.Bids.Count);
        var disqualified = view.Bids.Single(b => b.BidId == "bid-2");
        Assert.Equal(("disqualified", 900.0, 1), (disqualified.Status, disqualified.Value!.Value, disqualified.TendererCount));
        Assert.Equal(["GB-COH-07654321"], disqualified.Tenderers);
        Assert.Equal("name:council", view.BuyerId);
        Assert.Equal("B1", view.BuyerPartyId);
        Assert.Equal("Council", view.BuyerName);
        var flags = FlagReport.Compute([view]).Flags;
        Assert.Contains(flags, f => f.Code == "R036" && f.Ocid == "ocds-test-1");
        Assert.Contains(flags, f => f.Code == "R035" && f.OrganisationId == "GB-COH-01234567");
    }
}
