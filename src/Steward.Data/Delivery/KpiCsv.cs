using System.Globalization;
using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Suppliers;

namespace Steward.Data.Delivery;

/// <summary>
/// Reads a contract's KPIs from CSV (columns <c>id</c>, <c>measure</c>, <c>unit</c>, <c>target</c>, <c>periodStart</c>,
/// <c>periodEnd</c>, and optionally <c>direction</c> (Increase, Decrease, Maintain; default Increase), <c>goal</c>,
/// <c>outcome</c>, <c>place</c>), one row a line (<see cref="CsvLines"/>). Every bad row is named by its line and field;
/// the caller saves nothing unless there are none.
/// </summary>
public static class KpiCsv
{
    public const string Invalid = "KPI_CSV_INVALID";

    private static readonly string[] Required = ["id", "measure", "unit", "target", "periodStart", "periodEnd"];

    private static readonly string[] Optional = ["direction", "goal", "outcome", "place"];

    public static (IReadOnlyList<Kpi> Kpis, IReadOnlyList<Error> Problems) Read(TextReader csv, string source)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var kpis = new List<Kpi>();
        var problems = new List<Error>();
        using var lines = CsvLines.Read(csv).GetEnumerator();
        if (!lines.MoveNext() || lines.Current.Problem is not null)
        {
            return ([], [new Error(Invalid, $"{source}: line 1: the header row is missing or cannot be read; it needs {string.Join(", ", Required)}")]);
        }

        var header = lines.Current.Fields.Select(h => h.Trim()).ToList();
        var columns = Required.Concat(Optional).ToDictionary(c => c, c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase)), StringComparer.Ordinal);
        if (Required.Where(c => columns[c] < 0).ToList() is { Count: > 0 } missing)
        {
            return ([], [new Error(Invalid, $"{source}: line 1: missing column(s) {string.Join(", ", missing)}; the header needs {string.Join(", ", Required)}")]);
        }

        while (lines.MoveNext())
        {
            var row = CsvLines.Expect(lines.Current, header.Count);
            void Problem(string text) => problems.Add(new Error(Invalid, string.Create(CultureInfo.InvariantCulture, $"{source}: line {row.Line}: {text}")));
            if (row.Problem is not null)
            {
                Problem(row.Problem);
                continue;
            }

            string? Cell(string column) => columns[column] < 0 ? null : row.Fields[columns[column]].Trim() is { Length: > 0 } text ? text : null;
            var before = problems.Count;
            if (!decimal.TryParse(Cell("target"), NumberStyles.Number, CultureInfo.InvariantCulture, out var target))
            {
                Problem($"target: \"{Cell("target")}\" is not a number");
            }

            var start = Date(Cell("periodStart"), "periodStart", Problem);
            var end = Date(Cell("periodEnd"), "periodEnd", Problem);
            var direction = KpiDirection.Increase;
            if (Cell("direction") is { } named && !Enum.TryParse(named, ignoreCase: true, out direction) || !Enum.IsDefined(direction))
            {
                Problem($"direction: \"{Cell("direction")}\" is not Increase, Decrease or Maintain");
            }

            if (problems.Count > before)
            {
                continue;
            }

            var kpi = new Kpi(Cell("id") ?? string.Empty, Cell("measure") ?? string.Empty, Cell("unit") ?? string.Empty, target, direction, start!.Value, end!.Value, Cell("goal"), Cell("place")) { Outcome = Cell("outcome") };
            foreach (var error in kpi.Validate())
            {
                Problem(error.Message);
            }

            if (kpis.Any(k => k.Id == kpi.Id))
            {
                Problem($"id: \"{kpi.Id}\" is given twice");
            }

            if (problems.Count == before)
            {
                kpis.Add(kpi);
            }
        }

        if (kpis.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Error(Invalid, $"{source}: no KPIs: the file has a header and no rows"));
        }

        return (kpis, problems);
    }

    private static DateOnly? Date(string? text, string field, Action<string> problem)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problem($"{field}: \"{text}\" is not a date (yyyy-mm-dd)");
        return null;
    }
}
