using System.Collections.Concurrent;
using Steward.Data.Portal;
using Steward.Web.Hosting;

namespace Steward.Web.Analytics;

/// <summary>
/// How many processes each search matches (and how many its words match, <see cref="SearchMemo"/>), remembered per
/// version of the store: counting can cost more than reading a page, and every page of a search (and many people) ask for the same count. Bounded; forgotten when the
/// store changes. Every web process keeps its own, so nothing here needs sharing.
/// </summary>
public sealed class SearchCounts(PortalStore store)
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string Version, SearchCriteria Criteria), int?> _counts = new();

    private VersionMemo _memo = new(string.Empty, new SearchMemo());

    /// <summary>The search's page, with its total from memory when this store version has counted it before.</summary>
    public SearchResult Search(SearchCriteria criteria, string version)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var key = (version, criteria with { Page = 1, PageSize = 20, Order = SearchOrder.Relevance });
        var known = _counts.TryGetValue(key, out var total);
        var memo = _memo;
        if (memo.Version != version)
        {
            memo = new VersionMemo(version, new SearchMemo());
            _memo = memo;
        }

        var result = ProcessSearch.Search(store.Target, criteria, count: !known, memo.Memo);
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
