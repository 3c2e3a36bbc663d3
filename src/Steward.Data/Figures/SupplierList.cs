using System.Data.Common;
using System.Globalization;
using Steward.Data.Portal;

namespace Steward.Data.Figures;

/// <summary>A column of the suppliers list a page can sort by (<see cref="SupplierList"/>).</summary>
public enum SupplierListColumn
{
    Name,
    Scale,
    Vcse,
    Awards,
    AwardValue,
    FrameworkPlaces,
    Buyers,
    SupplierId,
}

/// <summary>One supplier's line in the list: what the suppliers page shows of it.</summary>
public sealed record SupplierListLine(string SupplierId, string? Name, string? Scale, bool? Vcse, int Awards, double? AwardValue, int FrameworkPlaces, int Buyers);

/// <summary>
/// Which suppliers a page asks for: those whose name, scale or id contains <see cref="Text"/> (any case), of the
/// scale and VCSE status chosen (null: any), in the order of one column either way, missing figures last.
/// </summary>
public sealed record SupplierListQuery
{
    public SupplierListColumn Sort { get; init; } = SupplierListColumn.AwardValue;

    public bool Descending { get; init; } = true;

    public string Text { get; init; } = string.Empty;

    public string? Scale { get; init; }

    public bool? Vcse { get; init; }

    public bool Filtered => Text.Length > 0 || Scale is not null || Vcse is not null;
}

/// <summary>A line of the unfiltered list where a page starts: its sort key as stored and its id (<see cref="SupplierList.Anchors"/>).</summary>
public sealed record SupplierListAnchor(object Key, string SupplierId);

/// <summary>
/// The suppliers list read a page at a time from the stored figures (<c>figure_suppliers</c>, ADR 0016): filtered,
/// sorted and cut in the database through an index per column and direction, so that a portal node holds one page of
/// it, not every supplier. Lines come in the reports' order (value awarded, highest first, then id) unless another
/// column is asked for; missing figures come last either way. Ties come in id order, except in a column that is never
/// missing sorted lowest first (id order the other way: its index is read backwards).
/// </summary>
public static class SupplierList
{
    private const string Columns = "supplier_id, name, scale, vcse, awards, award_value, framework_places, buyers";

    /// <summary>The condition every line meets (an unfiltered list's).</summary>
    private const string Unfiltered = "1 = 1";

    /// <summary>How many suppliers match the query.</summary>
    public static int Count(DatabaseTarget target, SupplierListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return StoredFigures.Query(target, connection =>
        {
            var filter = Where(target, query);
            var sql = filter.TextOnly ? "SELECT count(*) FROM figure_supplier_search WHERE figure_supplier_search MATCH @text" // the trigram index alone
                : $"SELECT count(*) FROM figure_suppliers WHERE {filter.Sql}";
            return Convert.ToInt32(StoreQuery.Scalar(connection, sql, filter.Parameters), CultureInfo.InvariantCulture);
        });
    }

    /// <summary>
    /// The lines from <paramref name="offset"/> (counting from 0), at most <paramref name="take"/>, of the
    /// <paramref name="matching"/> lines that match (<see cref="Count"/>, which a caller may keep for an unfiltered list).
    /// Given the <paramref name="anchor"/> of an unfiltered list's line at that offset (<see cref="Anchors"/>), the page
    /// is read from the anchor on, not by counting past every line before it.
    /// </summary>
    public static IReadOnlyList<SupplierListLine> Page(DatabaseTarget target, SupplierListQuery query, int matching, int offset, int take,
        SupplierListAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (offset >= matching || take == 0)
        {
            return [];
        }

        return StoredFigures.Query(target, connection =>
        {
            var filter = Where(target, query);
            var order = Order(query.Sort, query.Descending);
            if (anchor is not null && !query.Filtered)
            {
                return (IReadOnlyList<SupplierListLine>)StoreQuery.List(connection, order.From(Columns, take),
                    StoreQuery.With(("@anchorKey", anchor.Key), ("@anchorId", anchor.SupplierId)), Read);
            }

            // On SQLite the planner reads every matching line and sorts them. When many match, walking the sorted
            // column's index and keeping the lines that match stops much sooner: about 0.1 µs an index entry when
            // the text filter alone decides (the index holds each line's id, tested against the trigram index's set),
            // 1.5 µs when a scale or VCSE status must be read from the line, against 1.5 µs a matching line read and
            // sorted; measured at 271,354 suppliers (docs/performance.md).
            var perEntry = filter.TextOnly ? 0.1 : 1.5;
            var walk = filter.Sql != Unfiltered && target.Provider == DatabaseProvider.Sqlite
                && (offset + take) * (double)Lines(connection) / matching * perEntry < matching * 1.5;
            return StoreQuery.List(connection,
                $"SELECT {Columns} FROM figure_suppliers{(walk ? $" INDEXED BY {order.Index}" : "")} WHERE {filter.Sql} ORDER BY {order.Sql} LIMIT {take} OFFSET {offset}",
                filter.Parameters, Read);
        });
    }

    /// <summary>
    /// Where the unfiltered list sorted by <paramref name="column"/> that way is cut into pages of
    /// <paramref name="every"/> lines: the line at each page's start (its sort key and id), read in one pass over the
    /// column's index. A caller keeps them for the list's version, so that any page is read from its start.
    /// </summary>
    public static IReadOnlyList<SupplierListAnchor> Anchors(DatabaseTarget target, SupplierListColumn column, bool descending, int every)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(every);
        var order = Order(column, descending);
        return StoredFigures.Query(target, connection =>
        {
            var anchors = new List<SupplierListAnchor>();
            var at = 0;
            StoreQuery.Each(connection, $"SELECT {order.Key}, supplier_id FROM figure_suppliers ORDER BY {order.Sql}", StoreQuery.With(), r =>
            {
                if (at++ % every == 0)
                {
                    anchors.Add(new SupplierListAnchor(r.GetValue(0), r.GetString(1)));
                }
            });
            return anchors;
        });
    }

    /// <summary>Every line, in the reports' order, one at a time (a download of the whole list).</summary>
    public static void Each(DatabaseTarget target, Action<SupplierListLine> each)
    {
        ArgumentNullException.ThrowIfNull(each);
        StoredFigures.Query(target, connection =>
        {
            StoreQuery.Each(connection, $"SELECT {Columns} FROM figure_suppliers ORDER BY {Order(SupplierListColumn.AwardValue, descending: true).Sql}",
                StoreQuery.With(), r => each(Read(r)));
            return 0;
        });
    }

    /// <summary>The distinct scales the list holds, as published (a filter's choices).</summary>
    public static IReadOnlyList<string> Scales(DatabaseTarget target) => StoredFigures.Query(target, connection =>
        StoreQuery.List(connection, "SELECT DISTINCT scale FROM figure_suppliers WHERE scale IS NOT NULL", StoreQuery.With(), r => r.GetString(0)));

    /// <summary>The distinct VCSE statuses the list holds (a filter's choices).</summary>
    public static IReadOnlyList<bool> VcseStatuses(DatabaseTarget target) => StoredFigures.Query(target, connection =>
        StoreQuery.List(connection, "SELECT DISTINCT vcse FROM figure_suppliers WHERE vcse IS NOT NULL", StoreQuery.With(), r => r.GetBoolean(0)));

    /// <summary>
    /// The ids of the suppliers with the most value in a market (CPV division × region, all years), largest first;
    /// ties in the order of the suppliers list.
    /// </summary>
    public static IReadOnlyList<string> Leaders(DatabaseTarget target, string cpv, string region, int take)
    {
        ArgumentNullException.ThrowIfNull(cpv);
        ArgumentNullException.ThrowIfNull(region);
        return StoredFigures.Query(target, connection => StoreQuery.List(connection, $"""
            SELECT m.supplier_id FROM figure_supplier_markets m JOIN figure_suppliers s ON s.supplier_id = m.supplier_id
            WHERE m.market = @market ORDER BY m.value DESC, s.award_value_descending DESC, m.supplier_id LIMIT {take}
            """, StoreQuery.With(("@market", FigureCalculator.Market(new(cpv, region)))), r => r.GetString(0)));
    }

    /// <summary>A query's conditions, and whether they are a text through the trigram index alone.</summary>
    private sealed record Filter(string Sql, IReadOnlyDictionary<string, object?> Parameters, bool TextOnly);

    private static Filter Where(DatabaseTarget target, SupplierListQuery query)
    {
        var conditions = new List<string> { Unfiltered };
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var trigrams = false;
        if (query.Text.Length > 0)
        {
            // Through each provider's trigram index (ADR 0016): PostgreSQL's pg_trgm answers LIKE, SQLite's FTS5 trigram
            // table a quoted phrase of three characters or more (shorter, it reads every line). A text with the cells'
            // separator in it could match across two cells: it matches nothing, as on the page.
            var text = query.Text.ToLowerInvariant();
            if (text.Contains(SupplierListWriter.CellBreak, StringComparison.Ordinal))
            {
                conditions.Add("1 = 0");
            }
            else if (target.Provider == DatabaseProvider.Postgres)
            {
                conditions.Add("search LIKE @text");
                parameters["@text"] = "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                    .Replace("_", @"\_", StringComparison.Ordinal) + "%";
            }
            else if (text.EnumerateRunes().Count() >= 3)
            {
                conditions.Add("id IN (SELECT rowid FROM figure_supplier_search WHERE figure_supplier_search MATCH @text)");
                trigrams = true;
                parameters["@text"] = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }
            else
            {
                conditions.Add("instr(search, @text) > 0");
                parameters["@text"] = text;
            }
        }

        // Through the sort keys' indexes: a scale, or a VCSE status, has a key of its own.
        if (query.Scale is not null)
        {
            conditions.Add("scale_ascending = @scale");
            parameters["@scale"] = SupplierListKeys.Ascending(query.Scale);
        }

        if (query.Vcse is not null)
        {
            conditions.Add("vcse_ascending = @vcse");
            parameters["@vcse"] = SupplierListKeys.Ascending(query.Vcse);
        }

        return new Filter(string.Join(" AND ", conditions), parameters, trigrams && query.Scale is null && query.Vcse is null);
    }

    /// <summary>
    /// A column's order either way: its key, which way the key and then the id run, and the index it reads (the
    /// migration's names). A column that may be missing has a key for each direction (<see cref="SupplierListKeys"/>);
    /// one that may not is read backwards when sorted lowest first.
    /// </summary>
    private sealed record Ordering(string Key, bool KeyDescending, bool IdDescending, string Index)
    {
        public string Sql => By(Key);

        /// <summary>
        /// The lines at or after the anchor (@anchorKey, @anchorId) in this order: those tied with it on the key from its
        /// id on, then those past its key, each a seek into the index. (One condition with OR made both databases walk
        /// the whole tie first: 35,000 suppliers have one award.)
        /// </summary>
        public string From(string columns, int take) => $"""
            SELECT {columns} FROM (
                SELECT * FROM (SELECT {columns}, {Key} AS sort_key FROM figure_suppliers WHERE {Key} = @anchorKey AND supplier_id {(IdDescending ? "<=" : ">=")} @anchorId ORDER BY {Sql} LIMIT {take}) tied
                UNION ALL
                SELECT * FROM (SELECT {columns}, {Key} AS sort_key FROM figure_suppliers WHERE {Key} {(KeyDescending ? "<" : ">")} @anchorKey ORDER BY {Sql} LIMIT {take}) past
            ) lines ORDER BY {By("sort_key")} LIMIT {take}
            """;

        private string By(string key) => $"{key}{(KeyDescending ? " DESC" : "")}, supplier_id{(IdDescending ? " DESC" : "")}";
    }

    private static Ordering Order(SupplierListColumn column, bool descending)
    {
        var (key, both) = column switch
        {
            SupplierListColumn.Name => ("name_key", false),
            SupplierListColumn.Scale => ("scale", true),
            SupplierListColumn.Vcse => ("vcse", true),
            SupplierListColumn.Awards => ("awards", false),
            SupplierListColumn.AwardValue => ("award_value", true),
            SupplierListColumn.FrameworkPlaces => ("framework_places", false),
            SupplierListColumn.Buyers => ("buyers", false),
            SupplierListColumn.SupplierId => ("id_key", false),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a column of the suppliers list"),
        };
        if (both)
        {
            key += descending ? "_descending" : "_ascending";
            return new(key, descending, false, $"ix_figure_suppliers_{key}_supplier_id");
        }

        return new(key, descending, !descending, $"ix_figure_suppliers_{key}_supplier_id");
    }

    /// <summary>About how many lines the list holds (its highest line number: a plan's guess, not a count).</summary>
    private static long Lines(DbConnection connection) =>
        Convert.ToInt64(StoreQuery.Scalar(connection, "SELECT coalesce(max(id), 0) FROM figure_suppliers", StoreQuery.With()) ?? 0L, CultureInfo.InvariantCulture);

    private static SupplierListLine Read(DbDataReader r) => new(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
        r.IsDBNull(3) ? null : Convert.ToBoolean(r.GetValue(3), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture),
        r.IsDBNull(5) ? null : Convert.ToDouble(r.GetValue(5), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture));
}
