using System.Collections.Concurrent;
using Steward.Data.Portal;
using Steward.Web.Hosting;

namespace Steward.Web.Analytics;

/// <summary>
/// How many processes each search matches (and how many its words match, <see cref="SearchMemo"/>), and the first
/// pages of searches, remembered per version of the store: counting can cost more than reading a page, every page of a
/// search (and many people) ask for the same count, and a first page is what most people read and many ask for again
/// (on PostgreSQL, ranking a common word's matches costs 0.1 s; docs/performance.md). Bounded; forgotten when the store
/// changes, so an answer is never older than the store. Every web process keeps its own, so nothing here needs sharing.
/// </summary>
public sealed class SearchCounts(PortalStore store)
{
    private const int MaxEntries = 10_000;

    /// <summary>The most first pages remembered (about 5 KB each).</summary>
    private const int MaxPages = 2_000;

    private readonly ConcurrentDictionary<(string Version, SearchCriteria Criteria), SearchResult> _firstPages = new();

    private readonly ConcurrentDictionary<(string Version, SearchCriteria Criteria), int?> _counts = new();

    private VersionMemo _memo = new(string.Empty, new SearchMemo());

    /// <summary>The search's page, with its total from memory when this store version has counted it before.</summary>
    public async Task<SearchResult> SearchAsync(SearchCriteria criteria, string version, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.Page == 1 && _firstPages.TryGetValue((version, criteria), out var remembered))
        {
            return remembered;
        }

        var result = await ComputeAsync(criteria, version, cancellation).ConfigureAwait(false);
        if (criteria.Page == 1)
        {
            if (_firstPages.Count >= MaxPages)
            {
                _firstPages.Clear();
            }

            _firstPages[(version, criteria)] = result;
        }

        return result;
    }

    private async Task<SearchResult> ComputeAsync(SearchCriteria criteria, string version, CancellationToken cancellation)
    {
        var key = (version, criteria with { Page = 1, PageSize = 20, Order = SearchOrder.Relevance });
        var known = _counts.TryGetValue(key, out var total);
        var memo = _memo;
        if (memo.Version != version)
        {
            memo = new VersionMemo(version, new SearchMemo());
            _memo = memo;
        }

        var result = await ProcessSearch.SearchAsync(store.Target, criteria, count: !known, memo.Memo, cancellation).ConfigureAwait(false);
        if (known)
        {
            return result.Order == SearchOrder.RecentlyUpdated ? result : result with { Total = total };
        }

        if (_counts.Count >= MaxEntries)
        {
            _counts.Clear();
        }

        _counts[key] = result.Total;
        return result;
    }

    /// <summary>The words' match counts of one store version (a reference, so that it is swapped whole).</summary>
    private sealed record VersionMemo(string Version, SearchMemo Memo);
}
