using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Markets;
using Steward.Core.Processes;
using Steward.Data.Analytics;
using Steward.Data.Portal;
using Steward.Testing;

namespace Steward.Data.Tests.RealData;

/// <summary>
/// The defects a new user saw with all of <c>../shared/data/ocds</c> imported at once (issue: figures true on real
/// data), each checked on the real files: buyers keyed on publishers' local party ids, frameworks counted as spend,
/// published weights and regions lost, entities shown literally, notices counted twice.
/// </summary>
public sealed class WholeSharedDataTests(SharedStore shared) : IClassFixture<SharedStore>
{
    private static BuyerReportResult Buyers(TestDatabase database, AnalyticsSettings? settings = null) =>
        BuyerReport.Compute(ProcessViewReader.Read(database.Target, ReportParts.Buyers), ReportWindow.All, settings);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void FindATendersBuyersAllPublishedAsOne_AreFiveBuyers(string provider)
    {
        // The five PCR-era Find a Tender tender releases each call their buyer "1".
        var database = shared.For(provider);
        using var context = database.Context();
        var buyers = context.Processes.Where(p => p.BuyerPartyId == "1" && p.Ocid.StartsWith("ocds-h6vhtk")).Select(p => p.BuyerId).Distinct().ToList();

        Assert.Equal(5, buyers.Count);
        var report = Buyers(database).Buyers.Where(b => buyers.Contains(b.BuyerId)).ToList();
        Assert.Equal(["Connexus Homes Limited", "ESPO", "Liverpool City Region Combined Authority", "PLYMOUTH CITY COUNCIL", "Thanet District Council"],
            report.Select(b => b.BuyerName).Order(StringComparer.Ordinal));
        Assert.All(report, b => Assert.True(b.Processes >= 1));
        Assert.DoesNotContain(Buyers(database).Buyers, b => b.BuyerId == "1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void CardiffCouncilAndCalMacFerries_BothPublishedAsOrg40_AreTwoBuyers(string provider)
    {
        var database = shared.For(provider);
        var buyers = Buyers(database).Buyers;

        var cardiff = buyers.Single(b => b.BuyerName == "Cardiff Council");
        var calmac = buyers.Single(b => b.BuyerName == "CalMac Ferries Limited");
        Assert.NotEqual(cardiff.BuyerId, calmac.BuyerId);
        Assert.Equal((2, 1), (cardiff.Processes, calmac.Processes));
        Assert.Equal(("UKL", "UKM"), (cardiff.Region, calmac.Region));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void DurhamCountyCouncil_UnderSevenIdsAndFivePostcodes_IsOneBuyer(string provider)
    {
        // Published as GB-LAE-DUR, GB-CFS-107286, GB-FTS-141319 and four Contracts Finder hashes, at DH1 5UL/5UG/5UQ/5UJ/5WB.
        var database = shared.For(provider);
        using var context = database.Context();

        var ids = context.Processes.Where(p => p.BuyerName == "Durham County Council").Select(p => p.BuyerId).Distinct().ToList();
        Assert.Equal(["GB-LAE-DUR"], ids);
        Assert.Equal(8, context.Processes.Count(p => p.BuyerId == "GB-LAE-DUR"));
        Assert.Equal(7, context.Processes.Where(p => p.BuyerId == "GB-LAE-DUR").Select(p => p.BuyerPartyId).Distinct().Count());
        var durham = Assert.Single(Buyers(database).Buyers, b => b.BuyerName == "Durham County Council");
        Assert.Equal(("GB-LAE-DUR", "localAuthority", "UKC"), (durham.BuyerId, durham.BuyerType, durham.Region));
        Assert.Contains(context.OrganisationAliases.ToList(), a => a.Alias == "name:durham county council" && a.OrganisationId == "GB-LAE-DUR");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void CriterionWeightsWrittenAsText_AreReadAndListed(string provider)
    {
        // ocds-r6ebe6-0000548866 publishes "70" and "30" as its criteria's descriptions, with no numbers.
        var database = shared.For(provider);
        using var context = database.Context();

        var weights = context.AwardCriteria.Where(c => c.Ocid == "ocds-r6ebe6-0000548866").OrderBy(c => c.Ordinal).Select(c => c.WeightRead).ToList();
        Assert.Equal([70d, 30d], weights);
        var buyer = context.Processes.Single(p => p.Ocid == "ocds-r6ebe6-0000548866").BuyerId;
        var row = SocialValueSearch.Search(database.Target, new SocialValueQuery { Buyer = buyer, PageSize = 50 }).Rows
            .Single(r => r.Ocid == "ocds-r6ebe6-0000548866");
        Assert.Equal([70d, 30d], row.Criteria.Select(c => c.Weight));
        Assert.Contains("community benefits", row.Excerpt, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("description", row.ExcerptSource);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void CambridgeshireChildrensPlacementsDps_AddsNothingToValueAwarded_AndItsCeilingIsReportedOnce(string provider)
    {
        // The DPS is published twice (two OCIDs, 73 and 11 members), each award repeating its £470,184,791 ceiling.
        var database = shared.For(provider);
        var cambridgeshire = Buyers(database).Buyers.Single(b => b.BuyerName == "Cambridgeshire County Council");

        Assert.Equal(14_393_173, cambridgeshire.AwardValue);
        Assert.Equal(new FrameworkFigures(1, 1, 470_184_791), cambridgeshire.Frameworks);
        var markets = MarketReport.Compute(ProcessViewReader.Read(database.Target, ReportParts.Markets), ReportWindow.All, CpvLevel.Division);
        Assert.DoesNotContain(markets.Markets, m => m.Value >= 470_184_791);
        using var context = database.Context();
        var dps = context.Processes.Where(p => p.TitleKey != null && p.TitleKey.Contains("external placements")).OrderBy(p => p.Ocid).ToList();
        Assert.Equal(2, dps.Count);
        Assert.All(dps, p => Assert.Equal("dynamicMarket", p.Arrangement));
        Assert.Single(dps, p => p.DuplicateOf is not null);
        Assert.Equal("Cambridgeshire County Council Children's External Placements Dynamic Purchasing System (DPS)", dps[0].Title);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ALondonNotice_IsFoundByRegion_FromItsRegionNameOrItsBuyersPostcode(string provider)
    {
        var database = shared.For(provider);
        using var context = database.Context();
        var named = context.Regions.First(r => r.Source == "delivery address region name \"London\"");
        // Merton's notices say only "England"; its postcode (SM4) places it in London too.
        var merton = context.Processes.Where(p => p.BuyerName == "London Borough of Merton").OrderBy(p => p.Ocid).First();

        var found = ProcessSearch.Search(database.Target, new SearchCriteria { Region = "UKI", PageSize = 100 }).Hits.Select(h => h.Ocid).ToList();

        Assert.Equal("UKI", named.Code);
        Assert.Contains(named.Ocid, found);
        Assert.Contains(merton.Ocid, found);
        Assert.Equal(["buyer's postcode (SM4)", "delivery address region name \"England\""],
            context.Regions.Where(r => r.Ocid == merton.Ocid).Select(r => r.Source!).ToList().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void EveryUkProcessWhoseNoticesSayWhere_HasAFirstLevelRegion(string provider)
    {
        // Before: 203 of the 594 UK processes had one (Contracts Finder's region names and every postcode were unread).
        var database = shared.For(provider);
        using var context = database.Context();
        var views = ProcessViewReader.Read(database.Target, ViewParts.Regions).Where(v => !v.OutsideUk).ToList();
        var unplaced = views.Where(v => RegionCodes.OfProcess(v) is null).Select(v => v.Ocid).ToHashSet(StringComparer.Ordinal);

        Assert.True(views.Count - unplaced.Count >= 479, $"{views.Count - unplaced.Count} of {views.Count} UK processes have a region");
        var buyers = context.Processes.Where(p => unplaced.Contains(p.Ocid)).Select(p => p.BuyerId).Distinct().ToList();
        Assert.Empty(context.Regions.Where(r => unplaced.Contains(r.Ocid)));
        // What is left publishes no address at all (Contracts Finder's 2014–15 notices), or a British Forces (BF) postcode.
        Assert.DoesNotContain(context.Organisations.Where(o => buyers.Contains(o.Id)).AsEnumerable(), o => o.Region is not null || Postcodes.Region(o.PostalCode) is not null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void PublishedText_IsStoredAsAPersonReadsIt(string provider)
    {
        var database = shared.For(provider);
        using var context = database.Context();
        Assert.DoesNotContain(context.Processes.Select(p => p.Title ?? string.Empty).ToList(), t => t.Contains("&amp;", StringComparison.Ordinal) || t.Contains("&#039;", StringComparison.Ordinal));
        Assert.Contains(context.Organisations.ToList(), o => o.Name == "Telford & Wrekin Council");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void CpvCodes_AreNamedAsTheirPublishersDescribedThem(string provider)
    {
        // Arrange: the names, worked out here from the stored classifications themselves (SQL's trim takes spaces only).
        var database = shared.For(provider);
        using var context = database.Context();
        var expected = context.Classifications.Where(c => c.Description != null).AsEnumerable()
            .Where(c => string.Equals(c.Scheme, "CPV", StringComparison.OrdinalIgnoreCase) && c.Description!.Trim(' ').Length > 0)
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Description!.Trim(' ')).Min(StringComparer.Ordinal)!, StringComparer.Ordinal);

        // Act
        var names = CpvNames.Read(database.Target);

        // Assert: Find a Tender and Contracts Finder give the vocabulary's own words.
        Assert.True(names.Count > 400, $"{names.Count} codes named");
        Assert.Equal(expected.OrderBy(n => n.Key, StringComparer.Ordinal), names.OrderBy(n => n.Key, StringComparer.Ordinal));
        Assert.Equal("Timber products", names["03419100"]);
        Assert.Equal("Timber products", CpvDivisions.Describe("03419100", names));
        Assert.Equal("Agricultural, farming, fishing, forestry and related products", CpvDivisions.Describe("03000000", names));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ACompanyListedTwiceOnOneAward_IsOneSupplierOfItsPublishedScale(string provider)
    {
        // ocds-b5fd17raw-77499632…: "Civica Uk Limited" and "Civica UK Limited", both sme:false.
        var database = shared.For(provider);
        var view = ProcessViewReader.ReadScope(database.Target, ViewParts.Awards, ProcessScope.Process("ocds-b5fd17raw-77499632-aad0-40d4-8084-06e0d032b29b")).Single();
        var award = Assert.Single(view.Awards);
        Assert.Equal(1, award.SupplierCount);
        Assert.Equal(0, Counting.Split(award, 1000).UnknownScale);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void PublishersOutsideTheUk_AreLeftOutByDefault_AndNamed(string provider)
    {
        var database = shared.For(provider);
        var uk = Buyers(database);
        var all = Buyers(database, AnalyticsSettings.Default with { UkPublishersOnly = false });

        Assert.Equal(13, uk.Coverage.NotUk);
        Assert.True(all.Buyers.Count > uk.Buyers.Count);
        var overview = StoreOverview.Read(database.Target);
        Assert.Equal(["ocds-03ad3f", "ocds-07smqs", "ocds-43qwtd"], overview.Publishers.Where(p => !p.Uk).Select(p => p.Prefix!).Order(StringComparer.Ordinal));
        Assert.Equal("NSW eTendering (Australia)", overview.Publishers.Single(p => p.Prefix == "ocds-43qwtd").Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Duplicates_AreListedWithTheirReason(string provider)
    {
        var database = shared.For(provider);
        using var context = database.Context();
        var stats = StoreStatistics.Read(context);
        Assert.Contains(stats.Duplicates, d => d.Ocid == "ocds-b5fd17raw-57d308c3-b529-460f-a359-8792732ae3a4" &&
                                               d.DuplicateOf == "ocds-b5fd17raw-ecfc0234-b9f7-41d8-b56f-c93beeedcdfa" &&
                                               d.Reason!.Contains("2019-03-21", StringComparison.Ordinal));
        Assert.Equal(stats.Duplicates.Count, Buyers(database).Coverage.Duplicates);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Figures_DoNotDependOnTheOrderFilesWereImported_NorChangeOnRebuild(string provider)
    {
        var forward = shared.For(provider);
        using var reverse = TestDatabase.Create(provider);
        SharedStore.Import(reverse, SharedData.AllOcdsFiles().Reverse());

        static List<string> Figures(TestDatabase database) =>
            Buyers(database).Buyers.Select(b => $"{b.BuyerId}|{b.Processes}|{b.Awards}|{b.AwardValue}|{b.Frameworks}|{b.BuyerType}").ToList();

        var expected = Figures(forward);
        Assert.Equal(expected, Figures(reverse));
        using (var importer = Steward.Data.Ingest.StewardImporter.Open(reverse.Target, Tests.Ingest.ImportHarness.Clock))
        {
            importer.RebuildAll();
        }

        Assert.Equal(expected, Figures(reverse));
    }
}
