using Steward.Data.Analytics;
using Steward.Data.Demo;
using Steward.Data.Portal;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Portal;

/// <summary>
/// Search on both engines over enough generated processes that a common word matches more than
/// the rank limit (lowered to 500 here) of them (the path that reads the index in order of last update).
/// </summary>
public sealed class ProcessSearchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Search_ManyMatches_PagesByLastUpdateWithoutCounting_AndFiltersStillHold(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var file = File.Create(path))
        {
            new DemoDataGenerator(7).Write(file, 6_000);
        }

        ImportFile(database, path);

        var first = ProcessSearch.Search(database.Target, new SearchCriteria { Text = "services", RankLimit = 500 });
        var second = ProcessSearch.Search(database.Target, new SearchCriteria { Text = "services", Page = 2, RankLimit = 500 });
        var rare = ProcessSearch.Search(database.Target, new SearchCriteria { Text = "electricity", RankLimit = 500 });
        var london = ProcessSearch.Search(database.Target, new SearchCriteria { Text = "services", Region = "UKI", Procedure = "open", PageSize = 100, RankLimit = 500 });

        Assert.Null(first.Total);
        Assert.True(first.HasMore);
        Assert.Equal(SearchOrder.RecentlyUpdated, first.Order);
        Assert.Equal(20, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Ocid).Intersect(second.Hits.Select(h => h.Ocid)));
        Assert.NotNull(rare.Total);
        Assert.InRange(rare.Total.Value, 1, 500);
        Assert.Equal(SearchOrder.Relevance, rare.Order);
        Assert.All(london.Hits, h => Assert.Equal("open", h.ProcurementMethod));
        Assert.All(london.Hits, h => Assert.Contains(ProcessViewReader.ReadScope(database.Target, ViewParts.Regions, ProcessScope.Process(h.Ocid))[0].Regions,
            r => r.StartsWith("UKI", StringComparison.Ordinal)));
        Assert.NotEmpty(london.Hits);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Search_OpenOpportunities_AreTendersClosingOnOrAfterTheDay(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var file = File.Create(path))
        {
            new DemoDataGenerator(3).Write(file, 1_500);
        }

        ImportFile(database, path);
        var day = new DateOnly(2025, 6, 1);

        var open = ProcessSearch.Search(database.Target, new SearchCriteria { Open = true, Today = day, PageSize = 100 });
        var all = ProcessSearch.Search(database.Target, new SearchCriteria { PageSize = 100 });

        Assert.InRange(open.Total!.Value, 1, all.Total!.Value - 1);
        Assert.All(open.Hits, h => Assert.True(h.ClosingDate >= day.ToDateTime(TimeOnly.MinValue), $"{h.Ocid} closed {h.ClosingDate}"));
        Assert.Contains(all.Hits, h => h.ClosingDate < day.ToDateTime(TimeOnly.MinValue));
        Assert.Throws<ArgumentException>(() => ProcessSearch.Search(database.Target, new SearchCriteria { Open = true }));
    }

    [Theory]
    [InlineData("85", "86")]
    [InlineData("859", "85A")]
    [InlineData("99", "9A")]
    [InlineData("UKI", "UKJ")]
    [InlineData("UK9", "UKA")]
    [InlineData("UKZ", "UL")]
    [InlineData("ZZ", null)]
    public void NextPrefix_IsTheSmallestCodeAboveThePrefix(string prefix, string? expected)
    {
        Assert.Equal(expected, SearchFilters.NextPrefix(prefix));
    }
}
