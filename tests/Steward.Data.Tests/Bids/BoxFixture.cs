using Microsoft.Extensions.Time.Testing;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Bids;
using Steward.Data.Tenders;
using Steward.Testing;
using static Steward.Data.Tests.Accounts.AccountsFixture;

namespace Steward.Data.Tests.Bids;

/// <summary>
/// A published one-lot tender (quality 60 marked 0–5, price 40 by F4) with a key ring in a folder of its own, three
/// supplier organisations, and two evaluators of the buyer; the clock starts on 2 December 2026 and the deadline is
/// 11 January 2027 23:59:59 UTC.
/// </summary>
internal sealed class BoxFixture : IDisposable
{
    public const string Design = """
        {"title":"Home care","buyer":{"socialValueModel":"none"},"value":500000,"cpv":"85312000","procedure":"open",
         "tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
         "lots":[{"id":"1","title":"North","value":500000,"scale":{"max":5},
           "criteria":[{"id":"quality","title":"Quality of care","type":"quality","weight":60},{"id":"price","title":"Price","type":"price","weight":40}],
           "priceMethod":{"formula":"F4","floor":300000,"ceiling":700000},"tieBreak":"higherQuality"}]}
        """;

    public static readonly DateTimeOffset AfterDeadline = new(2027, 1, 12, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _keys = new();

    private BoxFixture(TestDatabase database)
    {
        Database = database;
        Clock = NewClock();
        Ring = new KeyRing(_keys.File("keyring"), Clock);
        var directory = new AccountDirectory(database.Target, Clock);
        Buyer = directory.AddOrganisation("Anytown Council", OrganisationSide.Buyer, "GB-PPON-ANYT-1234-TOWN", "cli:test").Value.Id;
        Alpha = directory.AddOrganisation("Alpha Care CIC", OrganisationSide.Supplier, "GB-COH-11111111", "cli:test").Value.Id;
        Beta = directory.AddOrganisation("Beta Homecare Ltd", OrganisationSide.Supplier, "GB-COH-22222222", "cli:test").Value.Id;
        Gamma = directory.AddOrganisation("Gamma Support", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        E = AddAccount(database, "e@anytown.example");
        F = AddAccount(database, "f@anytown.example");
        directory.AddMember(E, Buyer, Role.Evaluator, "cli:test");
        directory.AddMember(F, Buyer, Role.Evaluator, "cli:test");
        var designs = new TenderDesigns(database.Target, Clock);
        DesignId = designs.Create(Buyer, Design, Commissioner).Value.Id;
        Tenders.TenderDesignsTests.Assess(database, Buyer, DesignId);
        var published = designs.Publish(DesignId, Buyer, new DateOnly(2026, 12, 2), [], null, Commissioner);
        Assert.True(published.IsSuccess, published.Error?.Message);
        Boxes = new TenderBoxes(database.Target, Clock, new BidOptions { KeyRing = Ring });
        Evaluations = new Evaluations(database.Target, Clock, Boxes);
    }

    public static ActingParty Commissioner { get; } = new("account:commissioner", "Commissioner, Anytown Council");

    public static ActingParty Second { get; } = new("account:second", "Commissioner, Anytown Council");

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public KeyRing Ring { get; }

    public string KeyFolder => Ring.Folder;

    public string Buyer { get; }

    public string Alpha { get; }

    public string Beta { get; }

    public string Gamma { get; }

    public string E { get; }

    public string F { get; }

    public string DesignId { get; }

    public TenderBoxes Boxes { get; }

    public Evaluations Evaluations { get; }

    public static ActingParty SupplierParty(string id) => new($"account:supplier-{id}", "Supplier");

    public static ActingParty EvaluatorParty(string id) => new($"account:{id}", "Evaluator, Anytown Council");

    public static string Bid(decimal price, string answer = "Named keyworkers and a weekly review with each family") =>
        $$$"""
        {"lot":"1","price":{{{price.ToString(System.Globalization.CultureInfo.InvariantCulture)}}},"responses":{"quality":{"text":"{{{answer}}}"}},
         "declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true}}
        """;

    public BidReceipt Submit(string supplier, decimal price, string answer = "Named keyworkers and a weekly review with each family")
    {
        var receipt = Boxes.Submit(DesignId, supplier, Bid(price, answer), [], SupplierParty(supplier));
        Assert.True(receipt.IsSuccess, receipt.Error?.Message);
        return receipt.Value;
    }

    public static BoxFixture Create(string provider) => new(TestDatabase.Create(provider));

    public void Dispose()
    {
        Database.Dispose();
        _keys.Dispose();
    }
}
