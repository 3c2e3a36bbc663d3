namespace Steward.Web.Tables;

/// <summary>
/// A table's rows kept in the store rather than in memory (<see cref="PortalTable.Paged"/>): filtered, sorted and cut
/// to a page where they are kept, as <see cref="TableView"/> does with rows in memory, and read whole only for a
/// download.
/// </summary>
public interface IPagedRows
{
    /// <summary>How many rows the whole table holds.</summary>
    int Count { get; }

    /// <summary>How many rows match <paramref name="query"/>.</summary>
    int Matching(RowQuery query);

    /// <summary>The matching rows from <paramref name="offset"/> (from 0), at most <paramref name="take"/>, in the query's order.</summary>
    IReadOnlyList<IReadOnlyList<object?>> Rows(RowQuery query, int offset, int take);

    /// <summary>A filter column's distinct values (not null), as stored.</summary>
    IReadOnlyList<object> Distinct(int column);

    /// <summary>Every row, in the table's own order (a download).</summary>
    IReadOnlyList<IReadOnlyList<object?>> All();
}

/// <summary>
/// What a reader asked of a table: sorted by a column (its index) either way, or in the table's own order; rows with a
/// text cell containing <see cref="Text"/> (lower-cased); and for each filter column (by index) the value chosen, as shown.
/// </summary>
public sealed record RowQuery(int? Sort, bool Descending, string Text, IReadOnlyDictionary<int, string> Filters);
