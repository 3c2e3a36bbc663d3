using System.Globalization;
using Steward.Core.OpenBook;

namespace Steward.Data.Suppliers;

/// <summary>
/// Reads unit prices buyers paid (columns <c>buyerId</c>, <c>region</c>, <c>serviceCategory</c>, <c>unit</c>,
/// <c>year</c>, <c>pricePerUnit</c>) for <see cref="UnitCostBenchmark"/>. Published OCDS carries no price per unit, so
/// these come from buyers' own placement records; a bad row is reported with its line and column and left out. Each
/// row is one line (<see cref="CsvLines"/>): a stray quote or a wrong number of fields leaves out that line only.
/// </summary>
public static class UnitCostCsv
{
    private static readonly string[] Required = ["buyerId", "region", "serviceCategory", "unit", "year", "pricePerUnit"];

    public static (IReadOnlyList<UnitCostObservation> Rows, IReadOnlyList<string> Problems) Read(TextReader csv, string source)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = new List<UnitCostObservation>();
        var problems = new List<string>();
        using var lines = CsvLines.Read(csv).GetEnumerator();
        if (!lines.MoveNext() || lines.Current.Problem is not null)
        {
            throw new RegisterException($"{source}: line 1: the header row is missing or cannot be read; it needs {string.Join(", ", Required)}");
        }

        var header = lines.Current.Fields.Select(h => h.Trim()).ToList();
        var columns = Required.ToDictionary(c => c, c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase)), StringComparer.Ordinal);
        if (columns.Where(c => c.Value < 0).Select(c => c.Key).ToList() is { Count: > 0 } missing)
        {
            throw new RegisterException($"{source}: line 1: missing column(s) {string.Join(", ", missing)}; the header needs {string.Join(", ", Required)}");
        }

        while (lines.MoveNext())
        {
            var row = CsvLines.Expect(lines.Current, header.Count);
            var line = row.Line;
            if (row.Problem is not null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}: {row.Problem}"));
                continue;
            }

            string Cell(string column) => row.Fields[columns[column]].Trim();
            var empty = Required.Where(c => Cell(c).Length == 0).ToList();
            if (empty.Count > 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}: {string.Join(", ", empty)}: empty"));
                continue;
            }

            if (!int.TryParse(Cell("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}: year: \"{Cell("year")}\" is not a year"));
                continue;
            }

            var price = Cell("pricePerUnit").Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
            if (!decimal.TryParse(price, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}: pricePerUnit: \"{Cell("pricePerUnit")}\" is not a positive amount"));
                continue;
            }

            rows.Add(new UnitCostObservation(Cell("buyerId"), Cell("region"), Cell("serviceCategory"), Cell("unit"), year, amount));
        }

        return (rows, problems);
    }
}
