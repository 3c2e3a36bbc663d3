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
/// A search not remembered is asked of the store once however many people ask it at the same moment, and at most
/// <see cref="PortalOptions.SearchConcurrency"/> such searches run at once; the rest wait their turn, while remembered
/// answers are served at once (a burst of new searches otherwise saturates the database and slows every page).
/// </summary>
public sealed class SearchCounts(PortalStore store, Microsoft.Extensions.Options.IOptions<PortalOptions> options) : IDisposable
{
    private const int MaxEntries = 10_000;

    /// <summary>The most first pages remembered (about 5 KB each).</summary>
    private const int MaxPages = 2_000;

    private readonly ConcurrentDictionary<(string Version, SearchCriteria Criteria), SearchResult> _firstPages = new();

    private readonly ConcurrentDictionary<(string Version, SearchCriteria Criteria), int?> _counts = new();

    private readonly ConcurrentDictionary<(string Version, SearchCriteria Criteria), Asking> _asking = new();

    private readonly SemaphoreSlim _gate = new(Gate(options.Value.SearchConcurrency));

    private VersionMemo _memo = new(string.Empty, new SearchMemo());

    /// <summary>The search's page, with its total from memory when this store version has counted it before.</summary>
    public async Task<SearchResult> SearchAsync(SearchCriteria criteria, string version, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.Page == 1 && _firstPages.TryGetValue((version, criteria), out var remembered))
        {
            return remembered;
        }

        // One asking for everyone who asks the same at once. A waiter whose request ends stops waiting; when the last
        // one has gone, the asking is stopped (queued or running), so abandoned searches do not hold up the gate.
        var key = (version, criteria);
        while (true)
        {
            var asking = _asking.GetOrAdd(key, k => new Asking(this, k.Version, k.Criteria));
            Interlocked.Increment(ref asking.Waiters);
            try
            {
                return await asking.Answer.WaitAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // Everyone else left and it was stopped just as this request came: ask afresh.
                _asking.TryRemove(new KeyValuePair<(string, SearchCriteria), Asking>(key, asking));
            }
            finally
            {
                if (Interlocked.Decrement(ref asking.Waiters) == 0 && !asking.Answer.IsCompleted)
                {
                    asking.Stop.Cancel();
                }
            }
        }
    }

    /// <summary>The number of searches asked of the store at once: the setting, else the processor count.</summary>
    internal static int Gate(int setting) => setting > 0 ? setting : Environment.ProcessorCount;

    public void Dispose() => _gate.Dispose();

    /// <summary>Asks the store when the gate lets it, remembers a first page, and then lets the next asking of it start afresh.</summary>
    private async Task<SearchResult> GatedAsync(Asking asking)
    {
        var (version, criteria) = asking.Key;
        try
        {
            await _gate.WaitAsync(asking.Stop.Token).ConfigureAwait(false);
            SearchResult result;
            try
            {
                result = await ComputeAsync(criteria, version, asking.Stop.Token).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }

            if (criteria.Page == 1)
            {
                if (_firstPages.Count >= MaxPages)
                {
                    _firstPages.Clear();
                }

                _firstPages[asking.Key] = result;
            }

            return result;
        }
        finally
        {
            // This asking only: a newer one of the same search, started after this one was given up, stays.
            _asking.TryRemove(new KeyValuePair<(string, SearchCriteria), Asking>(asking.Key, asking));
        }
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

    /// <summary>
    /// One search being asked of the store, with how many requests wait for it and how to stop it. It starts asking when
    /// its answer is first awaited, so that of two made at the same moment only the one kept in the dictionary asks.
    /// </summary>
    private sealed class Asking
    {
        private readonly Lazy<Task<SearchResult>> _answer;

        public Asking(SearchCounts counts, string version, SearchCriteria criteria)
        {
            Key = (version, criteria);
            _answer = new Lazy<Task<SearchResult>>(() => counts.GatedAsync(this));
        }

        public (string Version, SearchCriteria Criteria) Key { get; }

        public CancellationTokenSource Stop { get; } = new();

        public Task<SearchResult> Answer => _answer.Value;

        /// <summary>Requests waiting for the answer (changed with <see cref="Interlocked"/>).</summary>
        public int Waiters;
    }
}
