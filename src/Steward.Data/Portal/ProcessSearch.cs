using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Steward.Data.Analytics;

namespace Steward.Data.Portal;

/// <summary>
/// Full-text search over processes and their notices with filters: SQLite FTS5 (<c>search_index</c>, ranked by
/// bm25) or PostgreSQL full-text search (<c>search_texts.document</c>, ranked by ts_rank). Every value the user
/// gives reaches the database as a parameter.
/// </summary>
/// <remarks>
/// Ranking or sorting every match costs a lookup per match, which is too slow for a word found in most processes
/// ("services"). So the words' matches are counted first, up to <see cref="RankLimit"/>: up to that, the matches are
/// ranked or sorted as asked and counted exactly; past it, the page is read from the full-text index in order of
/// last update (newest rows first), filters applied as it goes, and the total is not counted (docs/portal.md).
/// </remarks>
public static partial class ProcessSearch
{
    /// <summary>Deeper pages than this are refused: narrow the search instead (keeps OFFSET cheap).</summary>
    public const int MaxPage = 500;

    /// <summary>The most matches of the words that are ranked, sorted and counted one by one.</summary>
    public const int RankLimit = 2000;

    private const string Columns = "p.ocid, p.title, p.buyer_id, p.buyer_name, p.status, p.procurement_method, p.tender_value, p.tender_currency, p.first_published, p.main_cpv, p.tender_end";

    /// <summary>
    /// A page of matches. <paramref name="count"/> false leaves <see cref="SearchResult.Total"/> null, for a caller
    /// that knows it already (the count can cost more than the page). <paramref name="memo"/>, when given, remembers how many
    /// processes the words match, for a caller that knows the store is unchanged. It waits on <see cref="SearchAsync"/>:
    /// for the command line and downloads, not for a page under load.
    /// </summary>
    public static SearchResult Search(DatabaseTarget target, SearchCriteria criteria, bool count = true, SearchMemo? memo = null) =>
        SearchAsync(target, criteria, count, memo).GetAwaiter().GetResult();

    /// <summary>
    /// <see cref="Search"/> without holding a thread while the database works: the portal's search page, where 50
    /// searches waiting on PostgreSQL together would otherwise starve every other request of threads (docs/performance.md).
    /// </summary>
    public static Task<SearchResult> SearchAsync(DatabaseTarget target, SearchCriteria criteria, bool count = true, SearchMemo? memo = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var pageSize = Math.Clamp(criteria.PageSize, 1, SearchCriteria.MaxPageSize);
        var page = Math.Clamp(criteria.Page, 1, MaxPage);
        return PlannedAsync(target, criteria, memo, async (connection, query) =>
        {
            var parameters = new Dictionary<string, object?>(query.Parameters, StringComparer.Ordinal)
            {
                ["@limit"] = pageSize + 1,
                ["@offset"] = (page - 1) * pageSize,
            };
            var hits = await StoreQuery.ListAsync(connection, $"SELECT {Columns} {query.From} ORDER BY {query.OrderBy}{query.Limit}", parameters, Hit,
                cancellation).ConfigureAwait(false);
            int? total = !count || !query.Countable ? null : query.Total ?? await TotalAsync(connection, query, cancellation).ConfigureAwait(false);
            return new SearchResult(hits.Take(pageSize).ToList(), total, hits.Count > pageSize, page, pageSize, query.Order);
        }, cancellation);
    }

    private static async Task<int> TotalAsync(DbConnection connection, SearchPlan query, CancellationToken cancellation) =>
        Convert.ToInt32(await StoreQuery.ScalarAsync(connection, $"SELECT count(*) {query.CountFrom}", query.Parameters, cancellation).ConfigureAwait(false),
            CultureInfo.InvariantCulture);

    /// <summary>Every match, in the order the search page shows them, up to <paramref name="limit"/> (<see cref="HitsAsync"/>, waited on: for callers without an asynchronous path, such as tests).</summary>
    public static IReadOnlyList<SearchHit> Hits(DatabaseTarget target, SearchCriteria criteria, int limit) =>
        HitsAsync(target, criteria, limit).GetAwaiter().GetResult();

    /// <summary>Every match, in the order the search page shows them, up to <paramref name="limit"/> (for downloads), without holding a thread.</summary>
    public static async Task<IReadOnlyList<SearchHit>> HitsAsync(DatabaseTarget target, SearchCriteria criteria, int limit, CancellationToken cancellation = default) =>
        await SelectAsync(target, criteria, limit, Columns, Hit, cancellation).ConfigureAwait(false);

    /// <summary>The ocids of every match, in the order the search page shows them, up to <paramref name="limit"/> (for exports), without holding a thread.</summary>
    public static async Task<IReadOnlyList<string>> OcidsAsync(DatabaseTarget target, SearchCriteria criteria, int limit, CancellationToken cancellation = default) =>
        await SelectAsync(target, criteria, limit, "p.ocid", r => r.GetString(0), cancellation).ConfigureAwait(false);

    /// <summary>The ocids of every match (<see cref="OcidsAsync"/>, waited on).</summary>
    public static IReadOnlyList<string> Ocids(DatabaseTarget target, SearchCriteria criteria, int limit) =>
        OcidsAsync(target, criteria, limit).GetAwaiter().GetResult();

    /// <summary>The words of a search as an FTS5 query: each word quoted (so no FTS5 syntax gets through), all required.</summary>
    public static string? Fts5Query(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Word().Matches(text).Select(m => m.Value).Take(32).ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\""));
    }

    private static Task<List<T>> SelectAsync<T>(DatabaseTarget target, SearchCriteria criteria, int limit, string columns, Func<DbDataReader, T> read,
        CancellationToken cancellation) =>
        PlannedAsync(target, criteria, null, (connection, query) =>
        {
            var parameters = new Dictionary<string, object?>(query.Parameters, StringComparer.Ordinal) { ["@limit"] = limit, ["@offset"] = 0 };
            return StoreQuery.ListAsync(connection, $"SELECT {columns} {query.From} ORDER BY {query.OrderBy}{query.Limit}", parameters, read, cancellation);
        }, cancellation);

    /// <summary>Opens the store, plans the search, and runs <paramref name="run"/> with both.</summary>
    private static async Task<T> PlannedAsync<T>(DatabaseTarget target, SearchCriteria criteria, SearchMemo? memo,
        Func<DbConnection, SearchPlan, Task<T>> run, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(criteria);
        DatabaseMigrator.EnsureReady(target);
        return await DatabaseMigrator.GuardAsync(target, async () =>
        {
            await using var connection = await StoreQuery.OpenAsync(target, cancellation).ConfigureAwait(false);
            return await run(connection, await PlanAsync(connection, target.Provider, criteria, memo, cancellation).ConfigureAwait(false)).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>The FROM … WHERE, the ORDER BY, and whether the matches may be counted, after counting the words' matches.</summary>
    private static async Task<SearchPlan> PlanAsync(DbConnection connection, DatabaseProvider provider, SearchCriteria c, SearchMemo? memo, CancellationToken cancellation)
    {
        var postgres = provider == DatabaseProvider.Postgres;
        var filters = SearchFilters.Build(c, postgres);
        var narrowing = filters.Narrowing;
        var parameters = filters.Parameters;
        var where = filters.Conditions;
        var countWhere = filters.CountConditions;
        var words = Fts5Query(c.Text);
        if (words is null)
        {
            var order = c.Order == SearchOrder.Relevance ? SearchOrder.Newest : c.Order;
            return new SearchPlan(From("FROM processes p", where), OrderBy(order, null, postgres), parameters, true, order)
            {
                CountFrom = From("FROM processes p", countWhere),
            };
        }

        string from, rank, match;
        if (postgres)
        {
            parameters["@text"] = c.Text!.Trim();
            match = "t.document @@ websearch_to_tsquery('english', @text)";
            from = "FROM search_texts t JOIN processes p ON p.ocid = t.ocid";
            rank = "ts_rank(t.document, websearch_to_tsquery('english', @text)) DESC";
        }
        else
        {
            parameters["@text"] = words;
            match = "search_index MATCH @text";
            // CROSS JOIN fixes the order (SQLite keeps its left side outer): the index drives, and each filter is
            // checked per match. Left to itself, the planner may drive from a filter and run the FTS query per row.
            from = "FROM search_index CROSS JOIN search_texts t CROSS JOIN processes p";
            where.Insert(0, "t.id = search_index.rowid AND p.ocid = t.ocid");
            countWhere.Insert(0, "t.id = search_index.rowid AND p.ocid = t.ocid");
            rank = "bm25(search_index, 4.0, 1.0)";
        }

        var matchesTable = postgres ? "search_texts t" : "search_index";
        async Task<int> CountMatches() => Convert.ToInt32(await StoreQuery.ScalarAsync(connection,
            $"SELECT count(*) FROM (SELECT 1 FROM {matchesTable} WHERE {match} LIMIT {c.RankLimit + 1}) m",
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["@text"] = parameters["@text"] }, cancellation).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var matches = memo is null
            ? await CountMatches().ConfigureAwait(false)
            : await memo.MatchesAsync(string.Create(CultureInfo.InvariantCulture, $"{c.RankLimit}\n{parameters["@text"]}"), CountMatches).ConfigureAwait(false);
        where.Insert(0, match);
        countWhere.Insert(0, match);
        if (matches > c.RankLimit)
        {
            // Too many to rank or sort one by one: newest rows of the index first, stopping at the page.
            return new SearchPlan(From(from, where), postgres ? "t.id DESC" : "search_index.rowid DESC", parameters, false, SearchOrder.RecentlyUpdated);
        }

        if (postgres && c.Order == SearchOrder.Relevance && narrowing == 0)
        {
            // Words alone, by relevance: rank the matches in search_texts and join processes for the page's rows only.
            // Joined first, PostgreSQL fetches a processes row for every match before sorting (75-95 ms for 2,000
            // matches at 400,000 releases, against 10-14 ms; docs/performance.md). Every match has its process (the
            // foreign key); those published outside the UK are left out by probing a small partial index.
            var uk = filters.UkOnly ? " AND NOT EXISTS (SELECT 1 FROM processes x WHERE x.ocid = t.ocid AND x.outside_uk)" : string.Empty;
            var ranked = $"SELECT t.ocid, ts_rank(t.document, websearch_to_tsquery('english', @text)) AS rank FROM search_texts t WHERE {match}{uk} " +
                         "ORDER BY rank DESC, t.ocid LIMIT @limit OFFSET @offset";
            return new SearchPlan($"FROM ({ranked}) m JOIN processes p ON p.ocid = m.ocid", "m.rank DESC, p.ocid", parameters, true, c.Order)
            {
                Limit = string.Empty,
                CountFrom = $"FROM search_texts t WHERE {match}{uk}",
                Total = filters.UkOnly ? null : matches,
            };
        }

        return new SearchPlan(From(from, where), OrderBy(c.Order, rank, postgres), parameters, true, c.Order) { CountFrom = From(from, countWhere) };
    }

    private static string From(string from, List<string> where) => where.Count == 0 ? from : $"{from} WHERE {string.Join(" AND ", where)}";

    /// <summary>
    /// SQLite sorts nulls last in DESC order and can read the index on first_published (or tender_value) backwards,
    /// stopping at the page, when the tie-breaker is the rowid; PostgreSQL needs NULLS LAST said.
    /// </summary>
    private static string OrderBy(SearchOrder order, string? rank, bool postgres) => order switch
    {
        SearchOrder.Value => postgres ? "p.tender_value DESC NULLS LAST, p.ocid" : "p.tender_value DESC, p.rowid DESC",
        SearchOrder.Relevance when rank is not null => $"{rank}, p.ocid",
        _ => postgres ? "p.first_published DESC NULLS LAST, p.ocid" : "p.first_published DESC, p.rowid DESC",
    };

    private static SearchHit Hit(DbDataReader r) =>
        new(r.GetString(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Real(6), r.Text(7), r.Stamp(8), r.Text(9), r.Stamp(10));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private sealed record SearchPlan(string From, string OrderBy, Dictionary<string, object?> Parameters, bool Countable, SearchOrder Order)
    {
        /// <summary>The FROM … WHERE for counting every match (<see cref="SearchFilters.CountConditions"/>).</summary>
        public string CountFrom { get; init; } = From;

        /// <summary>What follows the ORDER BY: empty when <see cref="From"/> already takes the page (<c>@limit</c>, <c>@offset</c>).</summary>
        public string Limit { get; init; } = " LIMIT @limit OFFSET @offset";

        /// <summary>The total, when the plan knows it without counting.</summary>
        public int? Total { get; init; }
    }
}
