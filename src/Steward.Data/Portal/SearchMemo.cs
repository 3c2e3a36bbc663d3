using System.Collections.Concurrent;

namespace Steward.Data.Portal;

/// <summary>
/// How many processes a search's words match (counted up to <see cref="SearchCriteria.RankLimit"/>, to choose how to
/// rank them), remembered by a caller that knows the store has not changed since: the portal keeps one per version of
/// the store. On PostgreSQL that count reads every matching row and costs more than the page itself. Bounded.
/// </summary>
public sealed class SearchMemo
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, int> _matches = new(StringComparer.Ordinal);

    internal async Task<int> MatchesAsync(string key, Func<Task<int>> count)
    {
        if (_matches.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_matches.Count >= MaxEntries)
        {
            _matches.Clear();
        }

        return _matches[key] = await count().ConfigureAwait(false);
    }
}
