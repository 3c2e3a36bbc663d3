using System.Net;
using System.Text;
using Steward.Core.Accounts;
using Steward.Core.SocialValue.Delivery;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Delivery;

/// <summary>
/// The delivery pages over HTTP: each refusal is shown on its page in the error summary with the field named, and
/// nothing is saved (a report for a period not begun, in another unit, a query without a reason, a bad KPI CSV row, a
/// proxy library without a licence); other organisations and roles are refused.
/// </summary>
public sealed class DeliveryPagesTests : IDisposable
{
    private readonly DeliveryPortal _store = new();

    private string Contract => $"/delivery/contracts/{_store.ContractId}";

    private string Reporting => $"/delivery/reporting/{_store.ContractId}";

    private static string Summary(AngleSharp.Dom.IDocument page) => page.QuerySelector(".govuk-error-summary")?.TextContent ?? "(no error summary)";

    [Fact]
    public async Task Report_ForAPeriodNotBegun_OrInAnotherUnit_IsRefusedNamingTheField_AndNothingIsSaved()
    {
        // Arrange
        using var supplier = await _store.MemberAsync(_store.Supplier, Role.Supplier, "s@alpha-care.example");
        Dictionary<string, string> Report(DateOnly start, string unit) => new()
        {
            ["KpiId"] = "local-hires",
            ["PeriodStart"] = DeliveryPortal.Day(start),
            ["PeriodEnd"] = DeliveryPortal.Day(start.AddDays(89)),
            ["Value"] = "5",
            ["Unit"] = unit,
            ["Narrative"] = "Five residents started work",
        };

        // Act
        var (future, futurePage) = await supplier.SubmitAsync(Reporting, Report(_store.Today.AddDays(1), "people"));
        var (hours, hoursPage) = await supplier.SubmitAsync(Reporting, Report(_store.Start, "hours"));
        var (empty, emptyPage) = await supplier.SubmitAsync(Reporting, new() { ["KpiId"] = "local-hires", ["Unit"] = "people" });
        var (sent, _) = await supplier.SubmitAsync(Reporting, Report(_store.Start, "people"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("PeriodStart: the period", Summary(futurePage), StringComparison.Ordinal);
        Assert.Contains("has not begun", Summary(futurePage), StringComparison.Ordinal);
        Assert.StartsWith("Error:", futurePage.Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        Assert.Contains("Unit: \"hours\" does not match the KPI's unit, \"people\"", Summary(hoursPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Value: empty", Summary(emptyPage), StringComparison.Ordinal);
        Assert.EndsWith("done=sent", SignedInClient.Location(sent), StringComparison.Ordinal);
        Assert.Single(_store.Contract.Reports);
    }

    [Fact]
    public async Task Query_WithoutAReason_IsRefusedNamingTheReason_AndTheReportStaysSubmitted()
    {
        // Arrange
        var report = _store.SubmitReport();
        using var commissioner = await _store.MemberAsync(_store.Buyer, Role.Commissioner, "c@anytown.example");
        var path = $"/delivery/verification/{report}";

        // Act
        var (query, queryPage) = await commissioner.SubmitAsync(path, new() { ["Decision"] = "Query", ["Reason"] = "  " });
        var (reject, rejectPage) = await commissioner.SubmitAsync(path, new() { ["Decision"] = "Reject" });
        var (none, nonePage) = await commissioner.SubmitAsync(path, []);

        // Assert
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("Reason: empty; say why the report is queried", Summary(queryPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.Contains("Reason: empty; say why the report is rejected", Summary(rejectPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Decision: choose verify, query or reject", Summary(nonePage), StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, _store.Contract.Reports.Single().Status);
    }

    [Fact]
    public async Task KpiCsv_WithABadRow_AndAProxyLibraryWithoutALicence_AreRefusedNamingLineAndField_AndNothingIsSaved()
    {
        // Arrange
        using var commissioner = await _store.MemberAsync(_store.Buyer, Role.Commissioner, "c@anytown.example");
        var csv = Encoding.UTF8.GetBytes("""
            id,measure,unit,target,periodStart,periodEnd
            apprentices,Apprenticeship weeks,weeks,52,2027-01-01,2027-12-31
            landfill,Waste to landfill,tonnes,lots,2027-01-01,2027-12-31
            """);
        const string library = """{"id":"own","name":"Our values","source":"Anytown Council","priceYear":2024,"values":[{"id":"hire","measure":"A local hire","unit":"people","value":4000}]}""";

        // Act
        var (imported, importedPage) = await commissioner.UploadAsync(Contract, $"{Contract}?handler=Csv", [], "Csv", "kpis.csv", csv);
        var (unlicensed, unlicensedPage) = await commissioner.SubmitAsync(Contract, new() { ["LibraryJson"] = library }, "Library");
        var (kpi, kpiPage) = await commissioner.SubmitAsync(Contract, new() { ["Kpi.Id"] = "wage", ["Kpi.Measure"] = "Real Living Wage", ["Kpi.Unit"] = "%" }, "Kpi");

        // Assert
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("csv: line 3: target: \"lots\"", Summary(importedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unlicensed.StatusCode);
        Assert.Contains("icence:", Summary(unlicensedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, kpi.StatusCode);
        Assert.Contains("Target: empty", Summary(kpiPage), StringComparison.Ordinal);
        Assert.Equal(["local-hires"], _store.Contract.KpiIds);
        Assert.Equal([Core.SocialValue.Valuation.ProxyLibraries.GreenBook.Id], _store.Deliveries.Libraries(_store.Buyer).Select(l => l.Id));
    }

    [Fact]
    public async Task OtherOrganisationsAndRoles_AreRefused_AndTheHeaderLinksEachRoleToItsOwnDeliveryPage()
    {
        // Arrange
        var report = _store.SubmitReport();
        using var elsewhere = await _store.MemberAsync(_store.OtherBuyer, Role.Commissioner, "c@elsewhere.example");
        using var supplier = await _store.MemberAsync(_store.Supplier, Role.Supplier, "s@alpha-care.example");
        using var beta = await _store.MemberAsync(_store.OtherSupplier, Role.Supplier, "s@beta.example");
        using var evaluator = await _store.MemberAsync(_store.Buyer, Role.Evaluator, "e@anytown.example");
        using var verifier = await _store.MemberAsync(_store.Buyer, Role.Verifier, "v@anytown.example");

        // Act
        var otherBuyer = new[] { Contract, $"/delivery/verification/{report}" };
        var otherBuyerAnswers = new List<HttpStatusCode>();
        foreach (var path in otherBuyer)
        {
            otherBuyerAnswers.Add((await elsewhere.GetAsync(path)).Response.StatusCode);
        }

        var (_, elsewhereList) = await elsewhere.GetAsync("/delivery/contracts");
        var (betaContract, _) = await beta.GetAsync(Reporting);
        var (supplierVerifies, _) = await supplier.GetAsync($"/delivery/verification/{report}");
        var (supplierManages, _) = await supplier.GetAsync(Contract);
        var (evaluatorPages, evaluatorReports, evaluatorVerifies) = ((await evaluator.GetAsync("/delivery/contracts")).Response, (await evaluator.GetAsync(Reporting)).Response, (await evaluator.GetAsync("/delivery/verification")).Response);
        var (verifierManages, _) = await verifier.GetAsync(Contract);
        var (_, verifierList) = await verifier.GetAsync("/delivery/verification");
        var navigation = new List<string?>();
        foreach (var who in new[] { elsewhere, supplier, verifier, evaluator })
        {
            navigation.Add((await who.GetAsync("/account")).Page.QuerySelector("#nav-delivery")?.GetAttribute("href"));
        }

        // Assert
        Assert.All(otherBuyerAnswers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.NotNull(elsewhereList.QuerySelector("#no-contracts"));
        Assert.Equal(HttpStatusCode.NotFound, betaContract.StatusCode);
        foreach (var refused in new[] { supplierVerifies, supplierManages, evaluatorPages, evaluatorReports, evaluatorVerifies, verifierManages })
        {
            Assert.StartsWith("/account/access-denied", SignedInClient.Location(refused), StringComparison.Ordinal);
        }

        Assert.Equal(["/delivery/contracts", "/delivery/reporting", "/delivery/verification", null], navigation);
        Assert.Contains("Anytown home care", verifierList.QuerySelector("#waiting")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, _store.Contract.Reports.Single().Status);
    }

    public void Dispose() => _store.Dispose();
}
