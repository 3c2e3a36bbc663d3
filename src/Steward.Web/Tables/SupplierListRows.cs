using System.Collections.Concurrent;
using Steward.Data;
using Steward.Data.Figures;

namespace Steward.Web.Tables;

/// <summary>
/// The suppliers list's rows as the store keeps them (<see cref="SupplierList"/>, ADR 0016), in the columns of
/// <see cref="PortalTables.Suppliers"/>: name, scale, VCSE, awards, value awarded, framework places, buyers, id.
/// The unfiltered count, where its pages start in each order, and the filters' choices are kept as long as the
/// snapshot (one per store version): about 5,400 page starts per order at 271,354 suppliers.
/// </summary>
internal sealed class SupplierListRows(DatabaseTarget target) : IPagedRows
{
    private static readonly SupplierListColumn[] Columns =
    [
        SupplierListColumn.Name, SupplierListColumn.Scale, SupplierListColumn.Vcse, SupplierListColumn.Awards, SupplierListColumn.AwardValue,
        SupplierListColumn.FrameworkPlaces, SupplierListColumn.Buyers, SupplierListColumn.SupplierId,
    ];

    private const int ScaleColumn = 1, VcseColumn = 2;

    private readonly Lazy<int> _unfiltered = new(() => SupplierList.Count(target, new SupplierListQuery()));
    private readonly ConcurrentDictionary<int, Lazy<IReadOnlyList<object>>> _distinct = new();
    private readonly ConcurrentDictionary<(SupplierListColumn Sort, bool Descending, int Every), Lazy<IReadOnlyList<SupplierListAnchor>>> _anchors = new();

    public int Count => _unfiltered.Value;

    public int Matching(RowQuery query) => Query(query) is { } asked ? Matching(asked) : 0;

    public IReadOnlyList<IReadOnlyList<object?>> Rows(RowQuery query, int offset, int take)
    {
        if (Query(query) is not { } asked)
        {
            return [];
        }

        // An unfiltered list is read from its page's first line (the page starts kept per order), not by counting past
        // every line before it: 5,400 pages deep at 271,354 suppliers that was 15 ms a page.
        var anchor = asked.Filtered || take == 0 || offset % take != 0 ? null
            : _anchors.GetOrAdd((asked.Sort, asked.Descending, take), k => new(() => SupplierList.Anchors(target, k.Sort, k.Descending, k.Every))).Value
                .ElementAtOrDefault(offset / take);
        return [.. SupplierList.Page(target, asked, Matching(asked), offset, take, anchor).Select(Row)];
    }

    public IReadOnlyList<object> Distinct(int column) => _distinct.GetOrAdd(column, c => new(() => c switch
    {
        ScaleColumn => [.. SupplierList.Scales(target)],
        VcseColumn => [.. SupplierList.VcseStatuses(target).Cast<object>()],
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a filter column of the suppliers list"),
    })).Value;

    public IReadOnlyList<IReadOnlyList<object?>> All()
    {
        var rows = new List<IReadOnlyList<object?>>();
        SupplierList.Each(target, line => rows.Add(Row(line)));
        return rows;
    }

    /// <summary>The row as the in-memory table has it (<see cref="PortalTables.Suppliers"/>).</summary>
    public static IReadOnlyList<object?> Row(SupplierListLine s) =>
        [s.Name ?? s.SupplierId, s.Scale, s.Vcse, s.Awards, s.AwardValue, s.FrameworkPlaces, s.Buyers, s.SupplierId];

    /// <summary>How many lines match: the unfiltered count kept, a filtered one asked each time (it is cheap through the indexes).</summary>
    private int Matching(SupplierListQuery query) => query.Filtered ? SupplierList.Count(target, query) : _unfiltered.Value;

    /// <summary>The store's query for a reader's, or null when a filter's choice can match no row (a VCSE status other than Yes or No).</summary>
    private static SupplierListQuery? Query(RowQuery query)
    {
        bool? vcse = null;
        if (query.Filters.TryGetValue(VcseColumn, out var status))
        {
            if (status != CellFormat.Show(true, ColumnFormat.Text) && status != CellFormat.Show(false, ColumnFormat.Text))
            {
                return null;
            }

            vcse = status == CellFormat.Show(true, ColumnFormat.Text);
        }

        return new SupplierListQuery
        {
            Sort = query.Sort is { } sort ? Columns[sort] : SupplierListColumn.AwardValue,
            Descending = query.Sort is null || query.Descending,
            Text = query.Text,
            Scale = query.Filters.GetValueOrDefault(ScaleColumn),
            Vcse = vcse,
        };
    }
}
