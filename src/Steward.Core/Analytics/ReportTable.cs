namespace Steward.Core.Analytics;

/// <summary>
/// A report flattened to one table, for CSV and spreadsheet exports: named columns and rows of plain values
/// (text, numbers, booleans or null). The JSON form of a report keeps its nesting; the table spells it out.
/// </summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
