using Microsoft.Extensions.Time.Testing;
using Steward.Core.Accounts;
using Steward.Data.Accounts;
using Steward.Data.Bids;
using Steward.Data.Tenders;
using Steward.Testing;
using Steward.Web.Hosting;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Evaluation;

/// <summary>
/// A portal whose tender box and evaluation run on a clock of the test's (sign-in keeps the real one), with a
/// published one-lot tender (quality 60 marked 0–5, price 40 by F4, deadline 11 January 2027) and three bids sealed
/// before the deadline; the clock then stands on 12 January 2027.
/// </summary>
internal sealed class EvaluationPortal : IDisposable
{
    public const string Design = """
        {"title":"Evaluated home care","buyer":{"socialValueModel":"none"},"value":600000,"cpv":"85312000","procedure":"open",
         "tenderPeriod":{"startDate":"2026-12-07","endDate":"2027-01-11"},
         "lots":[{"id":"1","title":"North","value":600000,"scale":{"max":5,"descriptors":[{"score":3,"text":"Satisfactory"}]},
           "contractPeriod":{"startDate":"2027-03-01","endDate":"2029-02-28"},
           "criteria":[{"id":"quality","title":"Quality of care","type":"quality","weight":60},{"id":"price","title":"Price","type":"price","weight":40}],
           "priceMethod":{"formula":"F4","floor":300000,"ceiling":700000},"tieBreak":"higherQuality"}]}
        """;

    private readonly TempFolder _keys = new();

    /// <param name="design">The tender to publish; the one above unless a test needs another.</param>
    /// <param name="seedBids">Seal the three bids and move past the deadline; false leaves the box empty and the clock before it.</param>
    public EvaluationPortal(string design = Design, bool seedBids = true)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var ring = _keys.File("keyring");
        Portal = new PortalFactory(TestDatabase.Sqlite(), new()
        {
            ["Steward:DemoReleases"] = "0",
            ["Steward:Accounts:SignInsPerMinute"] = "1000",
            ["Steward:Bids:KeyRing"] = ring,
        }, services =>
        {
            services.AddSingleton(provider => new TenderBoxes(provider.GetRequiredService<PortalStore>().Target, Clock, provider.GetRequiredService<BidOptions>()));
            services.AddSingleton(provider => new Evaluations(provider.GetRequiredService<PortalStore>().Target, Clock, provider.GetRequiredService<TenderBoxes>()));
        });
        Portal.CreateClient().Dispose();
        var directory = new AccountDirectory(Portal.Target, TimeProvider.System);
        Buyer = directory.AddOrganisation("Evalton Council", OrganisationSide.Buyer, "GB-PPON-EVAL-0001-TOWN", "cli:test").Value.Id;
        Other = directory.AddOrganisation("Elsewhere Council", OrganisationSide.Buyer, null, "cli:test").Value.Id;
        Alpha = directory.AddOrganisation("Alpha Care CIC", OrganisationSide.Supplier, "GB-COH-11111111", "cli:test").Value.Id;
        Beta = directory.AddOrganisation("Beta Homecare Ltd", OrganisationSide.Supplier, "GB-COH-22222222", "cli:test").Value.Id;
        Gamma = directory.AddOrganisation("Gamma Support", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        var commissioner = new ActingParty("account:setup", "Commissioner, Evalton Council");
        var designs = new TenderDesigns(Portal.Target, Clock);
        DesignId = designs.Create(Buyer, design, commissioner).Value.Id;
        var boxes = new TenderBoxes(Portal.Target, Clock, new BidOptions());
        Assert.True(new Evaluations(Portal.Target, Clock, boxes).RecordAssessment(DesignId, Buyer, "No conflict was identified before the tender notice.", commissioner).IsSuccess);
        Assert.True(designs.Publish(DesignId, Buyer, new DateOnly(2026, 12, 2), [], null, commissioner).IsSuccess);
        Boxes = new TenderBoxes(Portal.Target, Clock, new BidOptions { KeyRing = new KeyRing(ring, Clock) });
        Evaluations = new Evaluations(Portal.Target, Clock, Boxes);
        if (!seedBids)
        {
            return;
        }

        foreach (var (supplier, price, answer) in new[] { (Alpha, 500_000m, "Named keyworkers for every family"), (Beta, 520_000m, "A weekly review with each family"), (Gamma, 250_000m, "Shared staff with our day centre") })
        {
            var bid = $$$"""{"lot":"1","price":{{{price}}},"responses":{"quality":{"text":"{{{answer}}}"}},"declarations":{"conditionsOfParticipation":true,"noExclusionGrounds":true,"independentTender":true}}""";
            var receipt = Boxes.Submit(DesignId, supplier, bid, [], new ActingParty($"account:{supplier}", "Supplier"));
            Assert.True(receipt.IsSuccess, receipt.Error?.Message);
            Bids[supplier] = receipt.Value.BidId;
        }

        Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
    }

    public FakeTimeProvider Clock { get; }

    public PortalFactory Portal { get; }

    public string Buyer { get; }

    public string Other { get; }

    public string Alpha { get; }

    public string Beta { get; }

    public string Gamma { get; }

    public string DesignId { get; }

    public TenderBoxes Boxes { get; }

    public Evaluations Evaluations { get; }

    public Dictionary<string, string> Bids { get; } = new(StringComparer.Ordinal);

    /// <summary>A person with <paramref name="role"/> in <paramref name="organisation"/>, signed in with a second factor; returns the client and the account id.</summary>
    public async Task<(SignedInClient Client, string Account)> MemberAsync(string organisation, Role role, string email)
    {
        var directory = new AccountDirectory(Portal.Target, TimeProvider.System);
        var client = new SignedInClient(Portal);
        await client.JoinWithSecondFactorAsync(directory.Invite(organisation, role, TimeSpan.FromDays(1), "cli:test").Value.Token, email);
        var account = directory.Members(organisation).Select(m => m.AccountId).Except(Known).Single();
        Known.Add(account);
        return (client, account);
    }

    private HashSet<string> Known { get; } = [];

    public void Dispose()
    {
        Portal.Dispose();
        _keys.Dispose();
    }
}
