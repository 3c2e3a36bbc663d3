using System.Net;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Delivery;
using Steward.Web.Tests.Accounts;

namespace Steward.Web.Tests.Delivery;

/// <summary>
/// Delivery on the public pages (issue 15 item 5): the supplier's page carries its record across buyers (past
/// performance), the process page its contract's KPIs, the market view every supplier's share on track and coverage;
/// "No reports" where nothing was verified, never 0; tables download whole; organisations only, never people.
/// </summary>
public sealed class DeliveryPublicPagesTests : IDisposable
{
    private readonly DeliveryPortal _store = new();

    private string PublishedSupplier()
    {
        using var context = StewardDatabase.CreateContext(_store.Portal.Target);
        return context.AwardSuppliers.Single(a => a.Ocid == DeliveryPortal.Ocid).OrganisationId;
    }

    private static List<string> Cells(AngleSharp.Dom.IDocument page, string table) =>
        [.. page.QuerySelectorAll($"#table-{table} tbody tr:first-child td").Select(c => c.TextContent.Trim())];

    [Fact]
    public async Task NothingVerified_SaysNoReports_NeverZeroOnTrack()
    {
        // Arrange
        _store.SubmitReport();
        using var visitor = new SignedInClient(_store.Portal);
        var supplier = PublishedSupplier();

        // Act
        var (_, supplierPage) = await visitor.GetAsync($"/supplier?id={Uri.EscapeDataString(supplier)}");
        var (_, market) = await visitor.GetAsync("/suppliers/delivery");
        var (_, buyerAsSupplier) = await visitor.GetAsync($"/supplier?id={Uri.EscapeDataString(Buyer())}");

        // Assert
        Assert.Equal("0%", supplierPage.QuerySelector("#delivery-coverage")?.TextContent.Trim()); // a figure: no KPI has a verified report
        Assert.Equal("No reports", supplierPage.QuerySelector("#delivery-on-track")?.TextContent.Trim());
        Assert.Equal(["No reports", "No reports", "No reports"], Cells(supplierPage, "supplier-delivery").Where((_, i) => i is 6 or 7 or 8));
        Assert.Equal(["Alpha Care CIC", "1", "1", "1", "0", "0", "No reports", "0%"], Cells(market, "delivery-suppliers")[..8]);
        Assert.NotNull(buyerAsSupplier.QuerySelector("#no-delivery"));
    }

    [Fact]
    public async Task VerifiedReport_ShowsOnSupplierProcessAndMarketPages_AndDownloadsWhole()
    {
        // Arrange
        var report = _store.SubmitReport(5m);
        Assert.True(_store.Deliveries.Decide(report, _store.Buyer, ReportDecision.Verify, null, new ActingParty("account:c", "Commissioner, Anytown Council")).IsSuccess);
        using var visitor = new SignedInClient(_store.Portal);
        var supplier = PublishedSupplier();

        // Act
        var (supplierAnswer, supplierPage) = await visitor.GetAsync($"/supplier?id={Uri.EscapeDataString(supplier)}");
        var (_, processPage) = await visitor.GetAsync($"/processes/{DeliveryPortal.Ocid}");
        var (marketAnswer, market) = await visitor.GetAsync("/suppliers/delivery");
        var csv = await visitor.Http.GetStringAsync(new Uri($"/tables/supplier-delivery.csv?id={Uri.EscapeDataString(supplier)}", UriKind.Relative), TestContext.Current.CancellationToken);
        var marketCsv = await visitor.Http.GetStringAsync(new Uri("/tables/delivery-suppliers.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var (_, buyerPage) = await visitor.GetAsync($"/buyer?id={Uri.EscapeDataString(Buyer())}");
        var peersCsv = await visitor.Http.GetStringAsync(new Uri($"/tables/buyer-delivery-peers.csv?id={Uri.EscapeDataString(Buyer())}", UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert: 5 of 12 verified (41.7%), on track a third of the way through the term; coverage whole.
        Assert.Equal(HttpStatusCode.OK, supplierAnswer.StatusCode);
        Assert.Equal(["Anytown home care", "Anytown Council", "Alpha Care CIC", "Local residents hired", "people", "12", "5", "41.7%", "Yes", "1"], Cells(supplierPage, "supplier-delivery")[..10]);
        Assert.Equal("100%", supplierPage.QuerySelector("#delivery-coverage")?.TextContent.Trim());
        Assert.Equal("41.7%", Cells(processPage, "process-delivery")[7]);
        Assert.Equal(HttpStatusCode.OK, marketAnswer.StatusCode);
        Assert.Equal(["Alpha Care CIC", "1", "1", "1", "1", "1", "100%", "100%"], Cells(market, "delivery-suppliers")[..8]);
        Assert.Equal($"/supplier?id={Uri.EscapeDataString(supplier)}", market.QuerySelector("#table-delivery-suppliers tbody a")?.GetAttribute("href"));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("contract,buyer,supplier,measure,unit,committed,delivered,ratio,onTrack,verifiedReports", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Alpha Care CIC,1,1,1,1,1,1,1", marketCsv, StringComparison.Ordinal);
        Assert.Equal(["Anytown Council", "This buyer", "1", "1", "100%", "100%"], Cells(buyerPage, "buyer-delivery-peers")[..6]);
        Assert.Equal(["1", "1", "1", "100%"], Cells(buyerPage, "buyer-delivery-places")[1..5]);
        Assert.StartsWith("buyerName,which,contracts,kpis,coverage,shareOnTrack,valuePerPound,buyerId", peersCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("@", supplierPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("account:", market.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private string Buyer()
    {
        using var context = StewardDatabase.CreateContext(_store.Portal.Target);
        return context.Processes.Single(p => p.Ocid == DeliveryPortal.Ocid).BuyerId!;
    }

    public void Dispose() => _store.Dispose();
}
