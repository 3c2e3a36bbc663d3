using Steward.Data.Portal;
using Steward.Web.Analytics;

namespace Steward.Web.Tests;

/// <summary>The search's counts and first pages are remembered per store version, and only for it.</summary>
public sealed class SearchCountsTests(DemoPortal portal)
{
    [Fact]
    public async Task FirstPage_RememberedForTheSameStoreVersion_AskedAgainForAnother_AndLaterPagesNever()
    {
        var counts = portal.Services.GetRequiredService<SearchCounts>();
        var criteria = new SearchCriteria { Text = "services", Region = "UKI" };

        var first = await counts.SearchAsync(criteria, "version-a", TestContext.Current.CancellationToken);
        var again = await counts.SearchAsync(criteria with { }, "version-a", TestContext.Current.CancellationToken);
        var changed = await counts.SearchAsync(criteria, "version-b", TestContext.Current.CancellationToken);
        var second = await counts.SearchAsync(criteria with { Page = 2 }, "version-a", TestContext.Current.CancellationToken);
        var secondAgain = await counts.SearchAsync(criteria with { Page = 2 }, "version-a", TestContext.Current.CancellationToken);

        Assert.NotEmpty(first.Hits);
        Assert.Same(first, again);
        Assert.NotSame(first, changed);
        Assert.Equal(first.Hits.Select(h => h.Ocid), changed.Hits.Select(h => h.Ocid));
        Assert.NotSame(second, secondAgain);
        Assert.Equal(second.Hits.Select(h => h.Ocid), secondAgain.Hits.Select(h => h.Ocid));
        Assert.Empty(first.Hits.Select(h => h.Ocid).Intersect(second.Hits.Select(h => h.Ocid)));
    }
}
