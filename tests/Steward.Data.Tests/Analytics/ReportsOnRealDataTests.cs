using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Data.Analytics;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Analytics;

/// <summary>
/// Reports over real Contracts Finder data, checked against figures worked out by hand from the published JSON
/// (the releases are read directly, not through Steward, to derive each number below).
/// </summary>
public sealed class ReportsOnRealDataTests
{
    private const string ContractsFinderPage = "contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void BuyerReport_LondonBoroughOfMerton_MatchesTheHandDerivedFigures(string provider)
    {
        // Merton (published as buyer.id GB-CFS-18525, a Contracts Finder party number) has three award releases on this page:
        //   …e3b5f385… direct, award 93,007 GBP to Marstons holdings plc (scale large), tender end 2024-12-21T12:00Z, award 2024-12-22;
        //   …deddd0f5… open,   award 37,500 GBP to Commonplace Digital Ltd. (scale sme), tender end 2024-11-07T12:00Z, award 2025-01-17;
        //   …d474bdd4… no procurementMethod, award 100,000 GBP to DDS Demolition (scale sme), tender end 2025-01-08T12:00Z, award 2025-01-22.
        // So: 3 processes, 3 awards, value 230,507; SME 37,500 + 100,000 = 137,500 (share 0.5965); no VCSE, nothing of unknown scale;
        // direct 1 of 2 with a known method (0.5); whole days tender end → award 0, 70 and 13, median 13.
        using var database = TestDatabase.Create(provider);
        ImportFile(database, SharedData.Ocds(ContractsFinderPage));

        var result = BuyerReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All), ReportWindow.All);

        var merton = result.Buyers.Single(b => b.BuyerName == "London Borough of Merton");
        Assert.Equal("name:london borough of merton", merton.BuyerId);
        Assert.Equal(("localAuthority", "UKI"), (merton.BuyerType, merton.Region));
        Assert.Equal((3, 3), (merton.Processes, merton.Awards));
        Assert.Equal(230_507, merton.AwardValue);
        Assert.Equal((137_500.0, 0.0, 0.0), (merton.SmeValue, merton.VcseValue, merton.UnknownScaleValue));
        Assert.Equal(0.5965, merton.SmeShare);
        Assert.Equal(new ProcedureFigures(1, 93_007), merton.ProcedureMix["direct"]);
        Assert.Equal(new ProcedureFigures(1, 37_500), merton.ProcedureMix["open"]);
        Assert.Equal(new ProcedureFigures(1, 100_000), merton.ProcedureMix["unknown"]);
        Assert.Equal(0.5, merton.DirectAwardShare);
        Assert.Equal(13, merton.MedianDaysToAward);
        Assert.Null(merton.RegisterShare);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void BuyerReport_UniversityOfWorcester_IsOneBuyerUnderTwoPartyNumbers_AndSuppliersWithoutDetailsAreOfUnknownScale(string provider)
    {
        // Contracts Finder gives Worcester two party numbers: GB-CFS-44290 (four awards: 80,000 + 60,000 + 837,000 +
        // 3,380.86) and GB-CFS-41126 (one: 160,000, UOW831 High Level Cleaning). One buyer: 1,140,380.86 GBP, none of
        // whose suppliers publish details.scale, so all of it is of unknown scale. The 3,380.86 award lists three suppliers.
        // Days tender end → award: 2.5, 104.4, 78.5, 3.5 and 19.5, floored to 2, 104, 78, 3, 19: median 19.
        using var database = TestDatabase.Create(provider);
        ImportFile(database, SharedData.Ocds(ContractsFinderPage));

        var result = BuyerReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All), ReportWindow.All);

        var worcester = result.Buyers.Single(b => b.BuyerId == "name:university of worcester");
        Assert.DoesNotContain(result.Buyers, b => b.BuyerId.StartsWith("GB-CFS-", StringComparison.Ordinal));
        Assert.Equal(5, worcester.Awards);
        Assert.Equal(1_140_380.86, worcester.AwardValue);
        Assert.Equal(1_140_380.86, worcester.UnknownScaleValue);
        Assert.Equal(0, worcester.SmeShare);
        Assert.Equal(19, worcester.MedianDaysToAward);
        Assert.Equal(5, worcester.Coverage.AwardsWithSuppliers);
        Assert.Equal("education", worcester.BuyerType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Reader_ReturnsEveryProcessOnceWithItsChildRows(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ImportFile(database, SharedData.Ocds(ContractsFinderPage));
        using var context = database.Context();

        var views = ProcessViewReader.Read(database.Target, ViewParts.All).ToList();

        Assert.Equal(context.Processes.Count(), views.Count);
        Assert.Equal(views.Count, views.Select(v => v.Ocid).Distinct().Count());
        Assert.Equal(context.Awards.Count(), views.Sum(v => v.Awards.Count));
        Assert.Equal(context.AwardSuppliers.Count(), views.Sum(v => v.Awards.Sum(a => a.Suppliers.Count)));
        Assert.Equal(context.Lots.Count(), views.Sum(v => v.Lots.Count));
        Assert.All(views, v => Assert.NotNull(v.FirstPublished));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Flags_OnDataWithoutBids_ReportNoCoverageRatherThanACleanResult(string provider)
    {
        // Contracts Finder publishes no bids.details, so no bid-level indicator can be computed: coverage says so.
        using var database = TestDatabase.Create(provider);
        ImportFile(database, SharedData.Ocds(ContractsFinderPage));

        var result = FlagReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All));

        foreach (var code in new[] { "R024", "R025", "R028", "R035", "R036", "R038", "R058" })
        {
            var indicator = result.Indicators.Single(i => i.Code == code);
            Assert.True(indicator.Eligible > 0, code);
            Assert.Equal(0, indicator.WithData);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void MarketReport_SumsToTheBuyersAwardValue(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ImportFile(database, SharedData.Ocds(ContractsFinderPage));

        var buyers = BuyerReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All), ReportWindow.All);
        var markets = MarketReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All), ReportWindow.All, CpvLevel.Division);

        Assert.Equal(buyers.Buyers.Sum(b => b.AwardValue ?? 0), markets.Markets.Sum(m => m.Value), 1);
        Assert.Equal(buyers.Buyers.Sum(b => b.Awards), markets.Markets.Sum(m => m.Awards));
    }
}
