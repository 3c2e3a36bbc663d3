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

    [Fact]
    public async Task ManyAskingTheSameAtOnce_AllGetTheSameAnswer_AndARequestThatGivesUpLeavesTheOthersTheirs()
    {
        var counts = portal.Services.GetRequiredService<SearchCounts>();
        var criteria = new SearchCriteria { Text = "services", Page = 2 };
        var alone = await counts.SearchAsync(criteria, "version-c", TestContext.Current.CancellationToken);

        using var givesUp = new CancellationTokenSource();
        var quitter = counts.SearchAsync(criteria, "version-d", givesUp.Token);
        var others = Enumerable.Range(0, 8).Select(_ => counts.SearchAsync(criteria, "version-d", TestContext.Current.CancellationToken)).ToList();
        await givesUp.CancelAsync();
        var answers = await Task.WhenAll(others);

        Assert.All(answers, a => Assert.Equal(alone.Hits.Select(h => h.Ocid), a.Hits.Select(h => h.Ocid)));
        Assert.All(answers, a => Assert.Equal(alone.Total, a.Total));
        try
        {
            Assert.Equal(alone.Hits.Select(h => h.Ocid), (await quitter).Hits.Select(h => h.Ocid)); // answered before it gave up
        }
        catch (OperationCanceledException)
        {
            // It gave up first; the others still had their answers.
        }
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(3, 3)]
    public void SearchesAtOnce_TheSettingElseTheProcessorCount(int setting, int expected) =>
        Assert.Equal(expected < 0 ? Environment.ProcessorCount : expected, SearchCounts.Gate(setting));
}
