using CsvHelper;

namespace Steward.Ocds.Validation;

/// <summary>The codes of one codelist, read from the <c>Code</c> column of its CSV file.</summary>
public static class Codelist
{
    /// <summary>Reads the codes of a codelist CSV file's text.</summary>
    public static HashSet<string> Read(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = CsvReader.FromText(csv, CsvReaderOptions.Default);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var column = -1;
        while (reader.Read())
        {
            // The reader takes the first row as the header.
            if (column < 0)
            {
                column = reader.TryGetFieldIndex("Code", out var index) ? index : 0;
            }

            var code = reader.GetString(column).Trim();
            if (code.Length > 0)
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
