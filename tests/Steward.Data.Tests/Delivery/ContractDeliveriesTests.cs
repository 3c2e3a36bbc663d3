using Microsoft.EntityFrameworkCore;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Delivery;
using Steward.Testing;

namespace Steward.Data.Tests.Delivery;

/// <summary>
/// Delivery in the store on both engines: taking on a contract by OCID (PA 2023 s.52's warning), KPIs entered and from
/// CSV (a bad row saves nothing), reports refused with the field named, the buyer's decisions by role and organisation
/// in the audit trail, and committed against delivered through the store.
/// </summary>
public sealed class ContractDeliveriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TakeOn_AProcessInTheStore_BringsItsContract_AndWarnsUntilItHasThreeKpis(string provider)
    {
        // Arrange
        using var store = DeliveryFixture.Create(provider);

        // Act
        var unknown = store.Deliveries.TakeOn(store.Buyer, new TakeOnRequest("ocds-nowhere-1"), DeliveryFixture.Commissioner);
        var taken = store.Deliveries.TakeOn(store.Buyer, new TakeOnRequest(DeliveryFixture.Ocid, SupplierOrganisationId: store.Supplier), DeliveryFixture.Commissioner);
        var again = store.Deliveries.TakeOn(store.Buyer, new TakeOnRequest(DeliveryFixture.Ocid), DeliveryFixture.Commissioner);
        var two = store.Deliveries.AddKpis(taken.Value.Id, store.Buyer, [DeliveryFixture.Hires(), DeliveryFixture.Hires("apprentices")], DeliveryFixture.Commissioner);
        var three = store.Deliveries.AddKpis(taken.Value.Id, store.Buyer, [DeliveryFixture.Hires("volunteering", 200m, "hours")], DeliveryFixture.Commissioner);

        // Assert
        Assert.StartsWith("ocid: \"ocds-nowhere-1\" is not a process in the store", unknown.Error?.Message, StringComparison.Ordinal);
        Assert.True(taken.IsSuccess, taken.Error?.Message);
        Assert.Equal(("c1", "a1", 6_000_000m, new DateOnly(2027, 1, 1)), (taken.Value.ContractId, taken.Value.AwardId, taken.Value.Value!.Value, taken.Value.PeriodStart!.Value));
        Assert.Contains("PA 2023 s.52", taken.Value.KpiWarning, StringComparison.Ordinal);
        Assert.Contains("taken on already", again.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("has 2 KPIs", two.Value.KpiWarning, StringComparison.Ordinal);
        Assert.Null(three.Value.KpiWarning);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ImportKpis_WithABadRow_NamesItsLineAndField_AndSavesNothing(string provider)
    {
        // Arrange
        using var store = DeliveryFixture.Create(provider);
        var contract = store.TakeOn();
        const string bad = """
            id,measure,unit,target,periodStart,periodEnd,direction,goal
            hires,Local hires,people,12,2027-01-01,2027-12-31,Increase,Local jobs
            landfill,Waste to landfill,tonnes,-5,2027-01-01,2027-12-31,Decrease,Net zero
            wage,Real Living Wage,%,100,2027-01-01,2027-13-31,Maintain,Fair work
            """;
        const string good = """
            id,measure,unit,target,periodStart,periodEnd,direction
            hires,Local hires,people,12,2027-01-01,2027-12-31,Increase
            landfill,Waste to landfill,tonnes,5,2027-01-01,2027-12-31,decrease
            """;

        // Act
        var refused = store.Deliveries.ImportKpis(contract.Id, store.Buyer, new StringReader(bad), "kpis.csv", DeliveryFixture.Commissioner);
        var afterRefusal = store.Deliveries.Find(contract.Id)!;
        var imported = store.Deliveries.ImportKpis(contract.Id, store.Buyer, new StringReader(good), "kpis.csv", DeliveryFixture.Commissioner);

        // Assert
        Assert.Contains("kpis.csv: line 3: target: -5 is negative", refused.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("kpis.csv: line 4: periodEnd: \"2027-13-31\" is not a date", refused.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(afterRefusal.Kpis);
        Assert.True(imported.IsSuccess, imported.Error?.Message);
        Assert.Equal([KpiDirection.Increase, KpiDirection.Decrease], imported.Value.Kpis.Select(k => k.Direction));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Submit_BadInput_IsRefusedNamingTheField_AndNothingIsSaved(string provider)
    {
        // Arrange
        using var store = DeliveryFixture.Create(provider);
        var contract = store.TakeOn(DeliveryFixture.Hires());
        var notPdf = new Attachment("payroll.pdf", "not a pdf"u8.ToArray());

        // Act
        var future = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m, quarter: 4), DeliveryFixture.SupplierParty);
        var wrongUnit = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m, unit: "hours"), DeliveryFixture.SupplierParty);
        var negative = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(-1m), DeliveryFixture.SupplierParty);
        var badFile = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m, files: notPdf), DeliveryFixture.SupplierParty);
        var notTheirs = store.Deliveries.Submit(contract.Id, store.Buyer, DeliveryFixture.Report(3m), DeliveryFixture.Commissioner);

        // Assert
        Assert.StartsWith("periodStart: the period 2027-10-01 to 2027-12-31 has not begun", future.Error?.Message, StringComparison.Ordinal);
        Assert.StartsWith("unit: \"hours\" does not match the KPI's unit, \"people\"", wrongUnit.Error?.Message, StringComparison.Ordinal);
        Assert.StartsWith("value: -1 is negative", negative.Error?.Message, StringComparison.Ordinal);
        Assert.StartsWith("attachments: \"payroll.pdf\" is not a PDF, PNG or JPEG", badFile.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("no contract", notTheirs.Error?.Message, StringComparison.Ordinal);
        using var context = store.Database.Context();
        Assert.Equal(0, context.DeliveryReports.Count());
        Assert.Equal(0, context.DeliveryFiles.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ReportQueriedCorrectedVerified_CountsOnlyWhenVerified_KeepsWhoDecided_AndEveryStepIsAudited(string provider)
    {
        // Arrange
        using var store = DeliveryFixture.Create(provider);
        var contract = store.TakeOn(DeliveryFixture.Hires());
        var pdf = new Attachment("Payroll extract.pdf", "%PDF-1.4 payroll"u8.ToArray());
        var asOf = new DateOnly(2027, 6, 30);

        // Act
        var nothing = store.Deliveries.Figures(contract.Id, asOf)!.Kpis.Single();
        var submitted = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(3m, files: pdf), DeliveryFixture.SupplierParty).Value;
        var pending = store.Deliveries.Figures(contract.Id, asOf)!.Kpis.Single();
        var noReason = store.Deliveries.Decide(submitted.Id, store.Buyer, ReportDecision.Query, " ", DeliveryFixture.Verifier);
        var queried = store.Deliveries.Decide(submitted.Id, store.Buyer, ReportDecision.Query, "The payroll shows 2 Anytown addresses, not 3", DeliveryFixture.Verifier).Value;
        var twice = store.Deliveries.Decide(submitted.Id, store.Buyer, ReportDecision.Verify, null, DeliveryFixture.Verifier);
        var corrected = store.Deliveries.Correct(submitted.Id, store.Supplier, DeliveryFixture.Report(2m), DeliveryFixture.SupplierParty).Value;
        var verified = store.Deliveries.Decide(submitted.Id, store.Buyer, ReportDecision.Verify, null, DeliveryFixture.Verifier).Value;
        var second = store.Deliveries.Submit(contract.Id, store.Supplier, DeliveryFixture.Report(4m, quarter: 2), DeliveryFixture.SupplierParty).Value;
        store.Deliveries.Decide(second.Id, store.Buyer, ReportDecision.Reject, "No evidence attached", DeliveryFixture.Commissioner);
        var figures = store.Deliveries.Figures(contract.Id, asOf)!.Kpis.Single();
        var file = store.Deliveries.File(verified.Files.Single().Id, store.Buyer, DeliveryFixture.Verifier);
        var strangers = store.Deliveries.File(verified.Files.Single().Id, "someone-else", DeliveryFixture.Verifier);

        // Assert: nothing reported is null, never 0; the rejected £4 never counts; 2 of 12 hires by mid-year is behind.
        Assert.Null(nothing.Delivered);
        Assert.Null(nothing.OnTrack);
        Assert.Null(pending.Delivered);
        Assert.Equal(3m, pending.Pending);
        Assert.StartsWith("reason: empty", noReason.Error?.Message, StringComparison.Ordinal);
        Assert.Equal((ReportStatus.Queried, "Verifier, Anytown Council"), (queried.Status, queried.DecidedBy));
        Assert.StartsWith("status: the report is queried", twice.Error?.Message, StringComparison.Ordinal);
        Assert.Equal((ReportStatus.Submitted, 1, 2m), (corrected.Status, corrected.Corrections, corrected.Value));
        Assert.Equal(ReportStatus.Verified, verified.Status);
        Assert.Equal(2m, figures.Delivered);
        Assert.Equal(2m / 12m, figures.Ratio);
        Assert.False(figures.OnTrack);
        Assert.Equal(1, figures.Reports.Rejected);
        Assert.Equal("Payroll extract.pdf", file!.Value.File.FileName);
        Assert.Null(strangers);
        using var context = store.Database.Context();
        var trail = context.AuditEntries.AsNoTracking().Where(e => e.Subject == $"delivery-report:{submitted.Id}").OrderBy(e => e.Sequence).ToList();
        Assert.Contains(trail, e => e.Action == "delivery-report.changed" && e.Details.Contains("Queried", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "delivery-report.changed" && e.Details.Contains("Verified", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "delivery-file-read");
        Assert.All(trail, e => Assert.DoesNotContain("residents", e.Details, StringComparison.Ordinal));
    }
}
