using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using Steward.Core.Analytics;

namespace Steward.Data.Exports;

/// <summary>
/// Writes a <see cref="ReportTable"/> as CSV (RFC 4180, UTF-8, invariant numbers; text that a spreadsheet would
/// run as a formula is escaped, since published names can start with "=") or as an XLSX workbook.
/// </summary>
public static class TableExport
{
    public static void WriteCsv(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteRecord(table.Columns.ToArray());
        foreach (var row in table.Rows)
        {
            csv.WriteRecord(row.Select(Text).ToArray());
        }
    }

    /// <summary>Writes each table as a sheet named after it, header row first; numbers stay numbers.</summary>
    public static void WriteXlsx(IReadOnlyList<ReportTable> tables, Stream output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[table.Name] = table.Rows.Select(row =>
            {
                var record = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    record[table.Columns[i]] = Cell(row[i]);
                }

                return record;
            });
        }

        output.SaveAs(sheets);
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("0.####", CultureInfo.InvariantCulture),

        // ISO 8601, never the invariant culture's month-first 09/03/2026 (issue 17).
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString(date.Kind == DateTimeKind.Local ? "yyyy-MM-dd'T'HH:mm:ssK" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static object? Cell(object? value) => value switch
    {
        int or long or double or bool or null => value,
        _ => Text(value),
    };
}
