using Microsoft.EntityFrameworkCore;
using Steward.Data.Analytics;
using Steward.Data.Demo;
using Steward.Data.Portal;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Portal;

/// <summary>
/// The page queries written for speed under load (docs/performance.md, "The portal under load") give what the plain
/// ones give, on both engines: a region filter counted one way and paged another, a page's queries run as one
/// batch, and the words' match counts remembered between searches.
/// </summary>
public sealed class PageQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void RegionFilter_TheCountAgreesWithEveryPage_AndEachHitIsInTheRegionOrItsBuyerIs(string provider)
    {
        using var database = Imported(provider, 2_000);

        foreach (var criteria in new[]
        {
            new SearchCriteria { Region = "UKI", Procedure = "open", PageSize = 10 },
            new SearchCriteria { Region = "UKM", PageSize = 10 },
            new SearchCriteria { Text = "services", Region = "UKD", PageSize = 10 },
        })
        {
            var first = ProcessSearch.Search(database.Target, criteria);
            var all = ProcessSearch.Hits(database.Target, criteria, 100_000);

            Assert.NotNull(first.Total);
            Assert.Equal(all.Count, first.Total);
            Assert.InRange(all.Count, 1, 1_999);
            var views = all.Select(h => ProcessViewReader.ReadScope(database.Target, ViewParts.Regions, ProcessScope.Process(h.Ocid)).Single()).ToList();
            Assert.All(views, v => Assert.True(
                v.Regions.Any(r => r.StartsWith(criteria.Region!, StringComparison.Ordinal)) ||
                (v.Regions.All(r => r == "UK") && (v.BuyerRegion ?? string.Empty).StartsWith(criteria.Region!, StringComparison.Ordinal)),
                $"{v.Ocid} is neither in {criteria.Region} nor without a region and bought for from there"));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void RegionFilter_FindsAProcessWithoutARegionOfItsOwn_ThroughItsBuyersRegion_CountedAndPagedAlike(string provider)
    {
        using var database = TestDatabase.Create(provider);
        const string Leeds = "{\"id\":\"GB-PPON-AAAA-1111-BBBB\",\"name\":\"Leeds City Council\",\"identifier\":{\"scheme\":\"GB-PPON\",\"id\":\"AAAA-1111-BBBB\"},\"roles\":[\"buyer\"]";
        const string LeedsBuyer = "\"buyer\":{\"id\":\"GB-PPON-AAAA-1111-BBBB\"}";
        const string Elsewhere = "\"buyer\":{\"id\":\"GB-PPON-CCCC-2222-DDDD\"},\"parties\":[{\"id\":\"GB-PPON-CCCC-2222-DDDD\",\"name\":\"Borough Council\"," +
                                 "\"identifier\":{\"scheme\":\"GB-PPON\",\"id\":\"CCCC-2222-DDDD\"},\"roles\":[\"buyer\"]}]";
        ImportText(database, Lines(
            // The buyer's address is in Leeds (UKE42): this process gets that region of its own, and the buyer organisation
            // (as most recently published) its region.
            Release("ocds-test-1", "1", "2026-01-02T00:00:00Z", LeedsBuyer + ",\"parties\":[" + Leeds + ",\"address\":{\"region\":\"UKE42\"}}]"),
            // Same buyer, no address and no delivery region: found through the buyer organisation's region.
            Release("ocds-test-2", "1", "2026-01-01T00:00:00Z", LeedsBuyer + ",\"parties\":[" + Leeds + "}]"),
            // Said only to be in the UK, its buyer nowhere known: in no region.
            Release("ocds-test-3", "1", "2026-01-03T00:00:00Z", Elsewhere + ",\"tender\":{\"id\":\"t\",\"items\":[{\"id\":\"1\",\"deliveryAddresses\":[{\"region\":\"UK\"}]}]}")));

        using (var context = database.Context())
        {
            var uses = context.Processes.OrderBy(p => p.Ocid).Select(p => p.UsesBuyerRegion).ToList();
            Assert.Equal([false, true, true], uses);
        }

        // An organisation's region is kept at the first level (UKE), so the buyer's region finds it at that level only.
        foreach (var (region, expected) in new[] { ("UKE", new[] { "ocds-test-1", "ocds-test-2" }), ("UKE42", ["ocds-test-1"]) })
        {
            var criteria = new SearchCriteria { Region = region, PageSize = 10 };
            var page = ProcessSearch.Search(database.Target, criteria);
            Assert.Equal(expected, page.Hits.Select(h => h.Ocid).Order(StringComparer.Ordinal));
            Assert.Equal(expected.Length, page.Total);
        }

        var none = ProcessSearch.Search(database.Target, new SearchCriteria { Region = "UKD", PageSize = 10 });
        Assert.Empty(none.Hits);
        Assert.Equal(0, none.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProcessPage_TheBatchReadsWhatOneQueryAtATimeReads(string provider)
    {
        using var database = Imported(provider, 600);
        var ocids = ProcessSearch.Ocids(database.Target, new SearchCriteria(), 40);
        Assert.Equal(40, ocids.Count);

        foreach (var ocid in ocids)
        {
            var one = ProcessDetails.Read(database.Target, ocid)!;
            var page = (await ProcessDetails.ReadPageAsync(database.Target, ocid, TestContext.Current.CancellationToken))!;
            Assert.Equivalent(one, page.Details, strict: true);
            Assert.NotEmpty(page.Details.Releases);

            var view = ProcessViewReader.ReadScope(database.Target, ViewParts.All, ProcessScope.Process(ocid)).Single();
            Assert.Equivalent(view, page.View, strict: true);
        }

        Assert.Null(await ProcessDetails.ReadPageAsync(database.Target, "ocds-nothing-here", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WordsMatchCount_Remembered_GivesTheSamePages_AndIsForgottenWithANewMemo(string provider)
    {
        using var database = Imported(provider, 1_500);
        var memo = new SearchMemo();
        var criteria = new SearchCriteria { Text = "services", RankLimit = 100 };

        var plain = ProcessSearch.Search(database.Target, criteria);
        var remembered = ProcessSearch.Search(database.Target, criteria, memo: memo);
        var again = ProcessSearch.Search(database.Target, criteria with { Page = 2 }, memo: memo);

        Assert.Equal(plain.Hits.Select(h => h.Ocid), remembered.Hits.Select(h => h.Ocid));
        Assert.Equal(SearchOrder.RecentlyUpdated, again.Order);
        Assert.Empty(again.Hits.Select(h => h.Ocid).Intersect(remembered.Hits.Select(h => h.Ocid)));

        // A memo that says the words match few processes is believed: the matches are ranked and counted one by one.
        var wrong = new SearchMemo();
        // (Keyed by the words as each engine's query has them: FTS5's quoted, PostgreSQL's as typed.)
        await wrong.MatchesAsync($"{criteria.RankLimit}\nservices", () => Task.FromResult(1));
        await wrong.MatchesAsync($"{criteria.RankLimit}\n\"services\"", () => Task.FromResult(1));
        var believed = ProcessSearch.Search(database.Target, criteria, memo: wrong);
        Assert.Equal(SearchOrder.Relevance, believed.Order);
        Assert.True(believed.Total > criteria.RankLimit);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void WordsAlone_RankedWithoutJoiningEveryMatch_GiveWhatTheJoinedRankingGives_AndLeaveOutProcessesPublishedAbroad(string provider)
    {
        using var database = Imported(provider, 2_000);
        // A date filter every demo process passes makes the search take the plan that joins processes for every match.
        var alone = new SearchCriteria { Text = "council", PageSize = 7 };
        var joined = alone with { From = new DateOnly(1900, 1, 1) };
        var matches = ProcessSearch.Hits(database.Target, alone, 100_000).Select(h => h.Ocid).ToList();
        Assert.InRange(matches.Count, 30, ProcessSearch.RankLimit);
        var abroad = matches.Where((_, i) => i % 9 == 0).ToList();
        using (var context = database.Context())
        {
            foreach (var ocid in abroad)
            {
                context.Database.ExecuteSql($"UPDATE processes SET outside_uk = {true} WHERE ocid = {ocid}");
            }
        }

        foreach (var criteria in new[] { alone, alone with { AllPublishers = true } })
        {
            var reference = criteria with { From = joined.From };
            for (var page = 1; page <= 3; page++)
            {
                var ranked = ProcessSearch.Search(database.Target, criteria with { Page = page });
                var expected = ProcessSearch.Search(database.Target, reference with { Page = page });
                Assert.Equal(expected.Hits.Select(h => h.Ocid), ranked.Hits.Select(h => h.Ocid));
                Assert.Equal(expected.Total, ranked.Total);
                Assert.Equal(SearchOrder.Relevance, ranked.Order);
            }

            var every = ProcessSearch.Hits(database.Target, criteria, 100_000).Select(h => h.Ocid).ToList();
            Assert.Equal(ProcessSearch.Search(database.Target, criteria).Total, every.Count);
            if (criteria.AllPublishers)
            {
                Assert.Subset(every.ToHashSet(), abroad.ToHashSet());
            }
            else
            {
                Assert.Empty(every.Intersect(abroad));
                Assert.Equal(matches.Count - abroad.Count, every.Count);
            }
        }
    }

    private static TestDatabase Imported(string provider, int releases)
    {
        var database = TestDatabase.Create(provider);
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var file = File.Create(path))
        {
            new DemoDataGenerator(11).Write(file, releases);
        }

        ImportFile(database, path);
        return database;
    }
}
