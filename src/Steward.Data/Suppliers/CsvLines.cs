using System.Text;

namespace Steward.Data.Suppliers;

/// <summary>
/// Reads CSV one line at a time, each line one row: a quoted field must close on its own line, so a stray quote
/// refuses that line alone instead of swallowing the rest of the file, and a row with more or fewer fields than the
/// header is refused with its line. Fields are as RFC 4180 writes them ("" inside quotes is a quote); a quote inside an
/// unquoted field is kept as it is.
/// </summary>
public static class CsvLines
{
    /// <summary>One line: its number, its fields, or why it cannot be read (then no fields).</summary>
    public sealed record Row(int Line, IReadOnlyList<string> Fields, string? Problem);

    /// <summary>Every non-blank line of <paramref name="csv"/>, the first being the header.</summary>
    public static IEnumerable<Row> Read(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var number = 0;
        while (csv.ReadLine() is { } text)
        {
            number++;
            if (number == 1)
            {
                text = text.TrimStart('\uFEFF');
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Split(number, text);
        }
    }

    /// <summary>The row with a problem added when its field count is not the header's.</summary>
    public static Row Expect(Row row, int count)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Problem is null && row.Fields.Count != count
            ? row with { Fields = [], Problem = $"this row has {row.Fields.Count} fields where the header has {count} (a comma too many or too few, or a row split across lines?); it was not imported" }
            : row;
    }

    private static Row Split(int line, string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (!closed)
                {
                    return new Row(line, [], "a quoted field is not closed on this line (a stray quote?); rows may not span lines, so this one was not imported");
                }

                if (i < text.Length && text[i] != ',')
                {
                    return new Row(line, [], $"text follows a closing quote at column {i + 1}; this row was not imported");
                }
            }
            else
            {
                var comma = text.IndexOf(',', i);
                var end = comma < 0 ? text.Length : comma;
                field.Append(text, i, end - i);
                i = end;
            }

            fields.Add(field.ToString());
            if (i >= text.Length)
            {
                return new Row(line, fields, null);
            }

            i++; // the comma
            if (i == text.Length)
            {
                fields.Add(string.Empty);
                return new Row(line, fields, null);
            }
        }
    }
}
