using System.Text;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Accounts;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;
using Steward.Data.Delivery;
using Steward.Data.Ingest;
using Steward.Testing;

namespace Steward.Data.Tests.Delivery;

/// <summary>
/// A store holding one awarded process, <see cref="Ocid"/>: contract <c>c1</c> of award <c>a1</c>, worth £6,000,000 from
/// 1 January to 31 December 2027, bought by Anytown Council; a buyer organisation and a supplier organisation in
/// Steward; the clock on 15 June 2027.
/// </summary>
internal sealed class DeliveryFixture : IDisposable
{
    public const string Ocid = "ocds-abc123-delivery-1";

    public static readonly DateTimeOffset Start = new(2027, 6, 15, 9, 0, 0, TimeSpan.Zero);

    private DeliveryFixture(TestDatabase database)
    {
        Database = database;
        Clock = new FakeTimeProvider(Start);
        var directory = new AccountDirectory(database.Target, Clock);
        Buyer = directory.AddOrganisation("Anytown Council", OrganisationSide.Buyer, "GB-PPON-ANYT-1234-TOWN", "cli:test").Value.Id;
        Supplier = directory.AddOrganisation("Alpha Care CIC", OrganisationSide.Supplier, "GB-COH-11111111", "cli:test").Value.Id;
        Import(Package(Ocid, "c1", "a1", 6_000_000m));
        Deliveries = new ContractDeliveries(database.Target, Clock);
    }

    public static ActingParty Commissioner { get; } = new("account:commissioner", "Commissioner, Anytown Council");

    public static ActingParty Verifier { get; } = new("account:verifier", "Verifier, Anytown Council");

    public static ActingParty SupplierParty { get; } = new("account:supplier", "Supplier, Alpha Care CIC");

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public string Buyer { get; }

    public string Supplier { get; }

    public ContractDeliveries Deliveries { get; }

    public static DeliveryFixture Create(string provider) => new(TestDatabase.Create(provider));

    /// <summary>An awarded process with one contract, as a publisher other than Steward would release it.</summary>
    public static string Package(string ocid, string contractId, string awardId, decimal value) => $$$"""
        {"uri":"urn:test","version":"1.1","publishedDate":"2027-01-01T00:00:00Z","publisher":{"name":"Test"},"releases":[
         {"ocid":"{{{ocid}}}","id":"{{{ocid}}}-1","date":"2027-01-01T00:00:00Z","tag":["award","contract"],"initiationType":"tender",
          "parties":[{"id":"b1","name":"Anytown Council","roles":["buyer"]},{"id":"s1","name":"Alpha Care CIC","roles":["supplier"]}],
          "buyer":{"id":"b1","name":"Anytown Council"},"tender":{"id":"t1","title":"Home care"},
          "awards":[{"id":"{{{awardId}}}","status":"active","value":{"amount":{{{value}}},"currency":"GBP"},"suppliers":[{"id":"s1","name":"Alpha Care CIC"}]}],
          "contracts":[{"id":"{{{contractId}}}","awardID":"{{{awardId}}}","status":"active","value":{"amount":{{{value}}},"currency":"GBP"},
            "period":{"startDate":"2027-01-01T00:00:00Z","endDate":"2027-12-31T23:59:59Z"}}]}]}
        """;

    public void Import(string package)
    {
        using var importer = StewardImporter.Open(Database.Target, Clock);
        var result = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(package)), "fixture");
        Assert.True(result.New + result.Changed > 0, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    public static Kpi Hires(string id = "local-hires", decimal target = 12m, string unit = "people") =>
        new(id, "Local residents hired", unit, target, KpiDirection.Increase, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "Local jobs", "Anytown") { Outcome = "More local employment" };

    /// <summary>The contract taken on by the buyer with the supplier reporting, and the given KPIs.</summary>
    public DeliveryContract TakeOn(params Kpi[] kpis)
    {
        var taken = Deliveries.TakeOn(Buyer, new TakeOnRequest(Ocid, SupplierOrganisationId: Supplier), Commissioner);
        Assert.True(taken.IsSuccess, taken.Error?.Message);
        if (kpis.Length == 0)
        {
            return taken.Value;
        }

        var added = Deliveries.AddKpis(taken.Value.Id, Buyer, kpis, Commissioner);
        Assert.True(added.IsSuccess, added.Error?.Message);
        return added.Value;
    }

    public static ReportInput Report(decimal value, int quarter = 1, string unit = "people", string kpi = "local-hires", params Attachment[] files) =>
        new(kpi, new DateOnly(2027, 3 * quarter - 2, 1), new DateOnly(2027, 3 * quarter, 1).AddMonths(1).AddDays(-1), value, unit, $"{value} residents of Anytown started work", files);

    public void Dispose() => Database.Dispose();
}
