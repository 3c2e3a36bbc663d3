using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Delivery;
using Steward.Data.Entities;
using Steward.Ocds;
using Steward.Ocds.Reading;
using Steward.Ocds.Validation;
using Steward.Testing;

namespace Steward.Data.Tests.Delivery;

/// <summary>
/// KPI versions, proxy libraries, a Steward tender's commitments, ratings (PA 2023 s.71) and the OCDS release that
/// publishes them (metrics extension), through the store on both engines.
/// </summary>
public sealed class DeliveryValuesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ChangeKpi_MidContract_KeepsTheOldVersionsHistory_AndAUnitChangeIsNeverAdded(string provider)
    {
        // Arrange: 3 people verified in quarter 1; from 1 April the KPI counts FTE instead, target 10.
        using var store = DeliveryFixture.Create(provider);
        var contract = store.TakeOn(DeliveryFixture.Hires());
        var first = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m), DeliveryFixture.SupplierParty).Value;
        store.Deliveries.Decide(first.Id, store.Buyer, ReportDecision.Verify, null, DeliveryFixture.Verifier);
        var changed = DeliveryFixture.Hires(target: 10m, unit: "FTE") with { InForceFrom = new DateOnly(2027, 4, 1) };

        // Act
        var noReason = store.Deliveries.ChangeKpi(contract.Id, store.Buyer, changed, "", DeliveryFixture.Commissioner);
        var done = store.Deliveries.ChangeKpi(contract.Id, store.Buyer, changed, "The council now counts hours as full-time equivalents", DeliveryFixture.Commissioner);
        var oldUnit = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(2m, quarter: 2), DeliveryFixture.SupplierParty);
        var second = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(2.5m, quarter: 2, unit: "FTE"), DeliveryFixture.SupplierParty).Value;
        store.Deliveries.Decide(second.Id, store.Buyer, ReportDecision.Verify, null, DeliveryFixture.Verifier);
        var figures = store.Deliveries.Figures(contract.Id, new DateOnly(2027, 6, 30))!.Kpis.Single();

        // Assert
        Assert.StartsWith("reason: empty", noReason.Error?.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2], done.Value.Versions("local-hires").Select(v => v.Version));
        Assert.Contains("unit: \"people\" does not match the KPI's unit, \"FTE\"", oldUnit.Error?.Message, StringComparison.Ordinal);
        Assert.Equal([3m, 2.5m], figures.History.Select(h => h.Delivered));
        Assert.Equal(2.5m, figures.Delivered);
        Assert.Equal(0.25m, figures.Ratio);
        Assert.Contains(figures.Flags, f => f.Code == DeliveryFlag.UnitChanged);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ProxyLibraries_WithoutALicence_AreRefused_AndAVerifiedTotalIsValuedOnlyInItsUnit(string provider)
    {
        // Arrange
        using var store = DeliveryFixture.Create(provider);
        var contract = store.TakeOn(DeliveryFixture.Hires(), DeliveryFixture.Hires("volunteering", 100m, "hours"));
        const string library = """{"id":"anytown-2026","source":"Anytown Council social value framework (illustrative)","licence":"CC BY 4.0","priceYear":2026,"currency":"GBP","values":[{"id":"local-hire","measure":"A local resident hired","unit":"people","value":4000}]}""";
        var report = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m), DeliveryFixture.SupplierParty).Value;
        store.Deliveries.Decide(report.Id, store.Buyer, ReportDecision.Verify, null, DeliveryFixture.Verifier);
        store.Deliveries.SetSpend(contract.Id, store.Buyer, 100_000m, DeliveryFixture.Commissioner);

        // Act
        var unlicensed = store.Deliveries.ImportLibrary(store.Buyer, library.Replace("\"licence\":\"CC BY 4.0\",", string.Empty, StringComparison.Ordinal), DeliveryFixture.Commissioner);
        var imported = store.Deliveries.ImportLibrary(store.Buyer, library, DeliveryFixture.Commissioner);
        var wrongUnit = store.Deliveries.LinkProxy(contract.Id, store.Buyer, "volunteering", "anytown-2026", "local-hire", DeliveryFixture.Commissioner);
        var linked = store.Deliveries.LinkProxy(contract.Id, store.Buyer, "local-hires", "anytown-2026", "local-hire", DeliveryFixture.Commissioner);
        var summary = store.Deliveries.ForAccountBuyer(store.Buyer, new DateOnly(2027, 6, 30));

        // Assert
        Assert.Contains("licence", unlicensed.Error?.Message, StringComparison.Ordinal);
        Assert.True(imported.IsSuccess, imported.Error?.Message);
        Assert.Contains("stays a count", wrongUnit.Error?.Message, StringComparison.Ordinal);
        Assert.True(linked.IsSuccess, linked.Error?.Message);
        var kpis = summary.Contracts.Single().Kpis;
        Assert.Equal(12_000m, kpis.Single(k => k.Kpi.Id == "local-hires").Value!.Value);
        Assert.Null(kpis.Single(k => k.Kpi.Id == "volunteering").Value);
        Assert.Equal(0.12m, summary.Total!.ValuePerPound);
        Assert.Equal(0.5m, summary.Coverage);
    }

    private static readonly DateTime Utc = new(2027, 1, 22, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TakeOn_AStewardTendersContract_BringsTheWinnerAndItsCommitmentsAsKpis(string provider)
    {
        // Arrange: a Steward tender whose lot 1 was awarded to the supplier and entered into.
        using var store = DeliveryFixture.Create(provider);
        const string ocid = "ocds-stewrd-delivery";
        store.Import(DeliveryFixture.Package(ocid, "1-contract", "1-award", 480_000m));
        using (var context = store.Database.Context())
        {
            context.TenderDesigns.Add(new TenderDesignRow { Id = "design-1", OrganisationId = store.Buyer, Title = "Home care", Status = "published", Ocid = ocid, CreatedAt = Utc, UpdatedAt = Utc });
            context.TenderBoxes.Add(new TenderBoxRow { Id = "design-1", OrganisationId = store.Buyer, Ocid = ocid, KeyId = "k", CreatedAt = Utc });
            context.SealedBids.Add(new SealedBidRow { Id = "bid-1", BoxId = "design-1", Lot = "1", SupplierId = store.Supplier, SubmittedAt = Utc });
            context.LotAwards.Add(new LotAwardRow
            {
                Id = "award-1",
                BoxId = "design-1",
                Lot = "1",
                WinnerBidId = "bid-1",
                Value = 480_000m,
                Commitments = """[{"measure":"local-hires","quantity":12,"unit":"people","by":"2028-03-31","where":"Anytown","criterion":"sv"}]""",
                DecidedAt = Utc,
                ContractEnteredAt = Utc,
                ContractStart = new DateOnly(2027, 2, 1),
                ContractEnd = new DateOnly(2029, 1, 31),
            });
            context.SaveChanges();
        }

        // Act
        var taken = store.Deliveries.TakeOn(store.Buyer, new TakeOnRequest(ocid), DeliveryFixture.Commissioner);

        // Assert
        Assert.True(taken.IsSuccess, taken.Error?.Message);
        Assert.Equal(("steward-tender", store.Supplier, 480_000m), (taken.Value.Source, taken.Value.SupplierOrganisationId, taken.Value.Value!.Value));
        var kpi = Assert.Single(taken.Value.Kpis);
        Assert.Equal(("local-hires", 12m, "people", new DateOnly(2027, 2, 1), new DateOnly(2028, 3, 31), "Anytown"), (kpi.Id, kpi.Target, kpi.Unit, kpi.PeriodStart, kpi.PeriodEnd, kpi.Place));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Publish_KpisVerifiedReportsAndRatings_IsValidOcdsWithTheMetricsExtension_ThroughTheImportPath(string provider)
    {
        // Arrange
        using var store = DeliveryFixture.Create(provider);
        var contract = store.TakeOn(DeliveryFixture.Hires(), DeliveryFixture.Hires("apprentices", 4m), DeliveryFixture.Hires("volunteering", 100m, "hours"));
        var report = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m), DeliveryFixture.SupplierParty).Value;
        store.Deliveries.Decide(report.Id, store.Buyer, ReportDecision.Verify, null, DeliveryFixture.Verifier);
        var queried = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(9m, kpi: "apprentices"), DeliveryFixture.SupplierParty).Value;
        store.Deliveries.Decide(queried.Id, store.Buyer, ReportDecision.Query, "Which apprenticeship standard?", DeliveryFixture.Verifier);
        var future = store.Deliveries.Rate(contract.Id, store.Buyer, "local-hires", new DateOnly(2027, 7, 1), new DateOnly(2027, 9, 30), PerformanceRating.Good, "On track", DeliveryFixture.Commissioner);
        var rated = store.Deliveries.Rate(contract.Id, store.Buyer, "local-hires", new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), PerformanceRating.ApproachingTarget, "3 of the 4 hires due by March", DeliveryFixture.Commissioner);

        // Act
        var published = store.Deliveries.Publish(contract.Id, store.Buyer, DeliveryFixture.Commissioner);
        using var context = store.Database.Context();
        var release = context.Releases.AsNoTracking().Single(r => r.ReleaseKey == published.Value);
        var json = $$"""{"uri":"urn:test","version":"1.1","publishedDate":"2027-06-15T09:00:00Z","publisher":{"name":"Steward"},"extensions":["https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json","https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json"],"releases":[{{release.Json}}]}""";
        var schemas = new SchemaProvider(new SchemaFolder(SharedData.SchemaFolder));
        using var reader = new OcdsReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), "delivery.json");
        var problems = new List<OcdsProblem>();
        var counts = await new OcdsValidator(schemas).ValidateAsync(reader, problems.Add, TestContext.Current.CancellationToken);

        // Assert
        Assert.StartsWith("periodStart: the period 2027-07-01 to 2027-09-30 has not begun", future.Error?.Message, StringComparison.Ordinal);
        Assert.True(rated.IsSuccess, rated.Error?.Message);
        Assert.True(published.IsSuccess, published.Error?.Message);
        var real = problems.Where(p => p.Code is not ("extension-unavailable" or "schema-incomplete")).ToList();
        Assert.True(real.Count == 0, string.Join("\n", real.Select(p => p.ToString())));
        Assert.Equal(1, counts.Releases);
        var compiled = System.Text.Json.Nodes.JsonNode.Parse(context.Records.AsNoTracking().Single(r => r.Ocid == DeliveryFixture.Ocid).Compiled)!;
        var contractNode = compiled["contracts"]!.AsArray().Single(c => (string?)c!["id"] == "c1")!;
        Assert.Equal(6_000_000m, (decimal)contractNode["value"]!["amount"]!);
        Assert.Equal(["apprentices", "local-hires", "volunteering"], contractNode["agreedMetrics"]!.AsArray().Select(m => (string?)m!["id"]));
        var observations = contractNode["implementation"]!["metrics"]!.AsArray().Single()!["observations"]!.AsArray();
        Assert.Equal(3m, (decimal)observations[0]!["measure"]!);
        Assert.Equal("slightlyBelow", (string?)observations[1]!["measureClassification"]!["id"]);
        Assert.DoesNotContain("apprenticeship standard", release.Json, StringComparison.Ordinal);
    }
}
