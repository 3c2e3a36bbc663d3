using Steward.Core.Analytics;

namespace Steward.Web.Tables;

/// <summary>How a column's values are shown on a page (exports keep the raw values).</summary>
public enum ColumnFormat
{
    Text,
    Number,
    Money,
    Percent,
    Date,
}

/// <summary>A column: its heading on the page, its name in CSV/XLSX exports (camelCase, as the API), how its
/// values are shown, and where a cell links to given its row (or null).</summary>
public sealed record TableColumn(string Name, string Key, ColumnFormat Format = ColumnFormat.Text, Func<IReadOnlyList<object?>, string?>? Link = null)
{
    public bool IsNumeric => Format is ColumnFormat.Number or ColumnFormat.Money or ColumnFormat.Percent;

    /// <summary>How a row's value is shown when it differs by row (a column of mixed figures); else <see cref="Format"/>.</summary>
    public Func<IReadOnlyList<object?>, ColumnFormat>? RowFormat { get; init; }

    public ColumnFormat FormatOf(IReadOnlyList<object?> row) => RowFormat?.Invoke(row) ?? Format;

    /// <summary>In the CSV/XLSX download only (long text a page would not show in a table cell).</summary>
    public bool DownloadOnly { get; init; }

    /// <summary>What an empty cell says on the page, where "Not published" would mislead (delivery: "No reports"); downloads leave it empty.</summary>
    public string? Missing { get; init; }

    /// <summary>A column a reader can narrow the list by, choosing one of its values (a buyer type, a region, a year).</summary>
    public bool Filter { get; init; }

    /// <summary>
    /// A code column's value in words (a CPV division's name, a region's): the page shows the words with the code on a
    /// second line, filters offer the words, and downloads keep the code with the words in a column of their own after it
    /// (<see cref="PortalTable.ToReportTable"/>), so that a spreadsheet can still be joined on the code.
    /// </summary>
    public Func<object?, string?>? Words { get; init; }

    /// <summary>The download column that holds <see cref="Words"/>: the code column's key with "InWords" after it.</summary>
    public string WordsKey => Key + "InWords";

    /// <summary>
    /// An identifier (an OCID, an organisation's id): kept on one line on the page and, where the cell links to the
    /// page it identifies, cut in the middle when long (<see cref="CellFormat.ShortIdentifier"/>); that page and the
    /// downloads give it whole.
    /// </summary>
    public bool Identifier { get; init; }
}

/// <summary>
/// A table a page shows and anyone can download as CSV or XLSX (<c>/tables/{Key}.csv?…</c>) with exactly the same
/// rows: its key in download links (<see cref="PortalTables"/>), caption, columns, rows, and the query string that
/// rebuilds it (e.g. <c>?id=…</c>, or empty).
/// </summary>
public sealed record PortalTable(string Key, string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, string Query = "")
{
    /// <summary>How many rows a page shows at a time (<see cref="TableView"/>); the download holds them all.</summary>
    public int ShowRows { get; init; } = PageRows;

    /// <summary>The rows a list page shows at a time unless a table says otherwise.</summary>
    public const int PageRows = 50;

    /// <summary>Whether the page pages, sorts and filters the rows itself; false where the page already pages (search).</summary>
    public bool Browsable { get; init; } = true;

    /// <summary>
    /// The rows, when the store keeps them rather than <see cref="Rows"/> (which is then empty): a page reads one page
    /// of them, a download all of them (the suppliers list, ADR 0016).
    /// </summary>
    public IPagedRows? Paged { get; init; }

    /// <summary>How many rows the whole table holds.</summary>
    public int RowCount => Paged?.Count ?? Rows.Count;

    public ReportTable ToReportTable()
    {
        var all = Paged?.All() ?? Rows;
        if (!Columns.Any(c => c.Words is not null))
        {
            return new(Key, Columns.Select(c => c.Key).ToList(), all);
        }

        var keys = Columns.SelectMany(c => c.Words is null ? [c.Key] : new[] { c.Key, c.WordsKey }).ToList();
        var rows = all.Select(row => (IReadOnlyList<object?>)Columns.SelectMany((c, i) => c.Words is null ? [row[i]] : new[] { row[i], row[i] is null ? null : c.Words(row[i]) }).ToList())
            .ToList();
        return new(Key, keys, rows);
    }

    public string Download(string format) => $"/tables/{Key}.{format}{Query}";
}
