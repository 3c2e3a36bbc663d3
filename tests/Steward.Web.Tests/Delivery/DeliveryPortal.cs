using System.Globalization;
using System.Text;
using Steward.Core.Accounts;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;
using Steward.Data.Delivery;
using Steward.Data.Ingest;
using Steward.Testing;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Delivery;

/// <summary>
/// A portal with one awarded process whose term began 120 days ago (contract <c>c1</c>, £900,000), taken on by Anytown
/// Council with Alpha Care CIC reporting on one KPI (12 local people hired, <c>local-hires</c>); another buyer and
/// another supplier to be refused. The clock is the machine's; every date is set from today.
/// </summary>
internal sealed class DeliveryPortal : IDisposable
{
    public const string Ocid = "ocds-b5fd17-delivery-pages-1";

    public DeliveryPortal()
    {
        Portal = new PortalFactory(TestDatabase.Sqlite(), new() { ["Steward:DemoReleases"] = "0", ["Steward:Accounts:SignInsPerMinute"] = "1000" });
        Portal.CreateClient().Dispose();
        Today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        Start = Today.AddDays(-120);
        Import(Package(Start, Start.AddYears(1).AddDays(-1)));
        var directory = new AccountDirectory(Portal.Target, TimeProvider.System);
        Buyer = directory.AddOrganisation("Anytown Council", OrganisationSide.Buyer, null, "cli:test").Value.Id;
        OtherBuyer = directory.AddOrganisation("Elsewhere Council", OrganisationSide.Buyer, null, "cli:test").Value.Id;
        Supplier = directory.AddOrganisation("Alpha Care CIC", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        OtherSupplier = directory.AddOrganisation("Beta Homecare Ltd", OrganisationSide.Supplier, null, "cli:test").Value.Id;
        Deliveries = Portal.Services.GetRequiredService<ContractDeliveries>();
        var by = new ActingParty("account:setup", "Commissioner, Anytown Council");
        var taken = Deliveries.TakeOn(Buyer, new TakeOnRequest(Ocid, SupplierOrganisationId: Supplier), by);
        Assert.True(taken.IsSuccess, taken.Error?.Message);
        var kpi = new Kpi("local-hires", "Local residents hired", "people", 12m, KpiDirection.Increase, Start, Start.AddYears(1).AddDays(-1), "Local jobs", "Anytown");
        Assert.True(Deliveries.AddKpis(taken.Value.Id, Buyer, [kpi], by).IsSuccess);
        ContractId = taken.Value.Id;
    }

    public PortalFactory Portal { get; }

    public ContractDeliveries Deliveries { get; }

    public DateOnly Today { get; }

    /// <summary>The contract's (and the KPI's) first day, 120 days ago.</summary>
    public DateOnly Start { get; }

    public string Buyer { get; }

    public string OtherBuyer { get; }

    public string Supplier { get; }

    public string OtherSupplier { get; }

    /// <summary>The delivery contract's id (<c>/delivery/contracts/{id}</c>).</summary>
    public string ContractId { get; }

    public DeliveryContract Contract => Deliveries.Find(ContractId)!;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A person with <paramref name="role"/> in <paramref name="organisation"/>, signed in (with a second factor where the role needs one).</summary>
    public async Task<SignedInClient> MemberAsync(string organisation, Role role, string email)
    {
        var token = new AccountDirectory(Portal.Target, TimeProvider.System).Invite(organisation, role, TimeSpan.FromDays(1), "cli:test").Value.Token;
        var client = new SignedInClient(Portal);
        if (Capabilities.NeedsSecondFactor(role))
        {
            await client.JoinWithSecondFactorAsync(token, email);
        }
        else
        {
            var (created, page) = await client.SubmitAsync($"/invitations/accept?token={token}", new() { ["Email"] = email, ["Password"] = "correct horse battery staple" }, "Create");
            Assert.True(created.StatusCode == System.Net.HttpStatusCode.Redirect, page.QuerySelector(".govuk-error-summary")?.TextContent);
        }

        return client;
    }

    /// <summary>A report on the first quarter of the term, submitted through the store as the supplier.</summary>
    public string SubmitReport(decimal value = 5m)
    {
        var input = new ReportInput("local-hires", Start, Start.AddDays(89), value, "people", "Five residents started work", []);
        var sent = Deliveries.Submit(ContractId, Supplier, input, new ActingParty("account:supplier", "Supplier, Alpha Care CIC"));
        Assert.True(sent.IsSuccess, sent.Error?.Message);
        return sent.Value.Id;
    }

    private static string Package(DateOnly start, DateOnly end) => $$$"""
        {"uri":"urn:test","version":"1.1","publishedDate":"{{{Day(start)}}}T00:00:00Z","publisher":{"name":"Test"},"releases":[
         {"ocid":"{{{Ocid}}}","id":"{{{Ocid}}}-1","date":"{{{Day(start)}}}T00:00:00Z","tag":["award","contract"],"initiationType":"tender",
          "parties":[{"id":"b1","name":"Anytown Council","roles":["buyer"]},{"id":"s1","name":"Alpha Care CIC","roles":["supplier"]}],
          "buyer":{"id":"b1","name":"Anytown Council"},"tender":{"id":"t1","title":"Anytown home care"},
          "awards":[{"id":"a1","status":"active","value":{"amount":900000,"currency":"GBP"},"suppliers":[{"id":"s1","name":"Alpha Care CIC"}]}],
          "contracts":[{"id":"c1","awardID":"a1","status":"active","value":{"amount":900000,"currency":"GBP"},
            "period":{"startDate":"{{{Day(start)}}}T00:00:00Z","endDate":"{{{Day(end)}}}T23:59:59Z"}}]}]}
        """;

    private void Import(string package)
    {
        using var importer = StewardImporter.Open(Portal.Target, TimeProvider.System);
        var result = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(package)), "delivery-pages");
        Assert.True(result.New + result.Changed > 0, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    public void Dispose() => Portal.Dispose();
}
