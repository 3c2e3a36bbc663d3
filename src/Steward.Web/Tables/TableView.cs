using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Steward.Web.Tables;

/// <summary>
/// One page of a <see cref="PortalTable"/> as a reader asked for it in the query string, so that a list of tens of
/// thousands of rows is sent a page at a time: filtered by text (any text cell containing it: a name or an
/// identifier) and by each filter column's value, sorted by any column (missing figures last either way), then cut to
/// the page. The parameters carry the table's key (<c>buyers-page</c>, <c>buyers-sort</c>, <c>buyers-dir</c>,
/// <c>buyers-q</c>, <c>buyers-{column}</c>), so several tables on one page keep their own places. Downloads keep
/// every row.
/// </summary>
public sealed record TableView(
    PortalTable Table,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    int Matching,
    int Page,
    int Pages,
    string? Sort,
    bool Descending,
    string Text,
    IReadOnlyDictionary<string, string> Filters)
{
    /// <summary>The most distinct values a filter column offers as choices.</summary>
    public const int MaxChoices = 300;

    /// <summary>Whether the reader narrowed the rows.</summary>
    public bool Filtered => Text.Length > 0 || Filters.Count > 0;

    /// <summary>The first row's place in the matching rows, counting from 1 (0 when none match).</summary>
    public int First => Matching == 0 ? 0 : ((Page - 1) * Table.ShowRows) + 1;

    public string Parameter(string name) => $"{Table.Key}-{name}";

    public static TableView For(PortalTable table, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(query);
        string Value(string name) => query.TryGetValue($"{table.Key}-{name}", out var value) ? value.ToString().Trim() : string.Empty;
        var text = Value("q");
        var filters = table.Columns.Where(c => c.Filter && Value(c.Key).Length > 0).ToDictionary(c => c.Key, c => Value(c.Key), StringComparer.Ordinal);
        var sortKey = Value("sort");
        var sort = table.Columns.Select((c, i) => (c.Key, i)).FirstOrDefault(c => c.Key == sortKey);
        var descending = Value("dir") == "desc";
        if (table.Paged is { } paged)
        {
            return ForPaged(table, paged, Value("page"), sort.Key is null ? null : sort.i, descending, text, filters);
        }

        // Sorted once per table and order (a list's table is kept with the figures: ReportSnapshot.Built), then
        // filtered: at 271,000 suppliers, sorting on every request cost more than the rest of the page.
        var source = sort.Key is null ? table.Rows : Memo(table).Sorted.GetOrAdd((sort.i, descending), k => new(() => Sorted(table.Rows, k.Column, k.Descending))).Value;
        IEnumerable<IReadOnlyList<object?>> rows = source;
        if (text.Length > 0)
        {
            // Every row's text cells, lower-cased into one string once per table, searched in one pass: a case-blind
            // search of each cell cost 0.2-0.5 s a request over 271,000 suppliers, and a search of each row's own
            // string about 50 ms (docs/performance.md).
            var matched = Memo(table).Text.Value.Matching(text.ToLowerInvariant());
            if (sort.Key is null)
            {
                rows = matched.Select(i => table.Rows[i]);
            }
            else
            {
                var wanted = new HashSet<object>(matched.Select(i => (object)table.Rows[i]), ReferenceEqualityComparer.Instance);
                rows = rows.Where(wanted.Contains);
            }
        }

        foreach (var (key, wanted) in filters)
        {
            var index = table.Columns.Select((c, i) => (c.Key, i)).First(c => c.Key == key).i;
            var column = table.Columns[index];
            rows = rows.Where(r => string.Equals(Choice(r[index], column, r), wanted, StringComparison.Ordinal));
        }

        var matching = text.Length == 0 && filters.Count == 0 ? source : rows.ToList();
        var pages = Math.Max(1, (matching.Count + table.ShowRows - 1) / table.ShowRows);
        var page = int.TryParse(Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, pages) : 1;
        return new TableView(table, [.. matching.Skip((page - 1) * table.ShowRows).Take(table.ShowRows)], matching.Count, page, pages,
            sort.Key, descending && sort.Key is not null, text, filters);
    }

    /// <summary>A page of rows the store keeps: counted and cut there (<see cref="IPagedRows"/>), in the same way as rows in memory.</summary>
    private static TableView ForPaged(PortalTable table, IPagedRows paged, string asked, int? sort, bool descending, string text,
        Dictionary<string, string> filters)
    {
        var query = new RowQuery(sort, descending, text.ToLowerInvariant(),
            filters.ToDictionary(f => table.Columns.Select((c, i) => (c.Key, i)).First(c => c.Key == f.Key).i, f => f.Value));
        var matching = paged.Matching(query);
        var pages = Math.Max(1, (matching + table.ShowRows - 1) / table.ShowRows);
        var page = int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, pages) : 1;
        return new TableView(table, paged.Rows(query, (page - 1) * table.ShowRows, table.ShowRows), matching, page, pages, sort is null ? null : table.Columns[sort.Value].Key,
            descending && sort is not null, text, filters);
    }

    /// <summary>The choices a filter column offers: its distinct values as shown, in order, or none when there are too many to list.</summary>
    public IReadOnlyList<string> Choices(TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var index = Table.Columns.Select((c, i) => (c, i)).First(c => c.c == column).i;
        return Memo(Table).Choices.GetOrAdd(index, _ => new(() =>
        {
            var values = Table.Paged is { } paged
                ? paged.Distinct(index).Select(v => CellFormat.Show(v, column.Format)).Distinct(StringComparer.Ordinal).ToList()
                : Table.Rows.Where(r => r[index] is not null).Select(r => Choice(r[index], column, r)).Distinct(StringComparer.Ordinal).ToList();
            return values.Count > MaxChoices ? [] : [.. values.Order(StringComparer.Ordinal)];
        })).Value;
    }

    /// <summary>A table's rows by one column (missing figures last either way); stable, so ties keep the table's order.</summary>
    private static IReadOnlyList<IReadOnlyList<object?>> Sorted(IReadOnlyList<IReadOnlyList<object?>> rows, int column, bool descending)
    {
        var present = rows.Where(r => r[column] is not null);
        var ordered = descending ? present.OrderByDescending(r => r[column], CellComparer.Instance) : present.OrderBy(r => r[column], CellComparer.Instance);
        return [.. ordered.Concat(rows.Where(r => r[column] is null))];
    }

    /// <summary>
    /// What is worked out once per table instance: its sorted orders, its filters' choices and its rows' text. Each is
    /// built by one request while any others asking for it at the same time wait (Lazy), not by all of them at once.
    /// </summary>
    private static TableMemo Memo(PortalTable table) => Memos.GetValue(table, t => new TableMemo(t));

    private static readonly ConditionalWeakTable<PortalTable, TableMemo> Memos = new();

    private sealed class TableMemo(PortalTable table)
    {
        public ConcurrentDictionary<(int Column, bool Descending), Lazy<IReadOnlyList<IReadOnlyList<object?>>>> Sorted { get; } = new();

        public ConcurrentDictionary<int, Lazy<IReadOnlyList<string>>> Choices { get; } = new();

        /// <summary>Each row's text cells, lower-cased, for the text filter.</summary>
        public Lazy<RowText> Text { get; } = new(() => new RowText(table));
    }

    /// <summary>
    /// Every row's text cells (names, identifiers), lower-cased into one string: cells apart by U+0001 and rows by
    /// U+0002, characters no one types, so that a match never runs from one cell or row into the next.
    /// </summary>
    private sealed class RowText
    {
        private const char CellBreak = '\u0001', RowBreak = '\u0002';
        private readonly string _text;
        private readonly int[] _starts;

        public RowText(PortalTable table)
        {
            var searched = table.Columns.Select((c, i) => (c, i)).Where(c => c.c.Format == ColumnFormat.Text).Select(c => c.i).ToList();
            var text = new System.Text.StringBuilder();
            _starts = new int[table.Rows.Count];
            for (var r = 0; r < table.Rows.Count; r++)
            {
                _starts[r] = text.Length;
                text.AppendJoin(CellBreak, searched.Select(i => table.Rows[r][i] as string).OfType<string>().Select(t => t.ToLowerInvariant())).Append(RowBreak);
            }

            _text = text.ToString();
        }

        /// <summary>The indexes, in the table's order, of the rows with a text cell containing <paramref name="needle"/> (lower-cased).</summary>
        public List<int> Matching(string needle)
        {
            var found = new List<int>();
            if (needle.Length == 0 || needle.Contains(CellBreak, StringComparison.Ordinal) || needle.Contains(RowBreak, StringComparison.Ordinal))
            {
                return found;
            }

            var at = 0;
            while (at < _text.Length && (at = _text.IndexOf(needle, at, StringComparison.Ordinal)) >= 0)
            {
                var row = Array.BinarySearch(_starts, at);
                row = row >= 0 ? row : ~row - 1;
                found.Add(row);
                at = row + 1 < _starts.Length ? _starts[row + 1] : _text.Length;
            }

            return found;
        }
    }

    /// <summary>The link to this table with <paramref name="changes"/> made to its parameters (null removes one), the rest of the query kept.</summary>
    public string Link(IQueryCollection query, params (string Name, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pairs = query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? string.Empty))).ToList();
        foreach (var (name, value) in changes)
        {
            pairs.RemoveAll(p => p.Key == Parameter(name));
            if (value is not null)
            {
                pairs.Add((Parameter(name), value));
            }
        }

        return "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")) + $"#{(Filtered || Table.RowCount > Table.ShowRows ? "filter" : "table")}-{Table.Key}";
    }

    private static string Choice(object? value, TableColumn column, IReadOnlyList<object?> row) => CellFormat.Show(value, column.FormatOf(row));
}
