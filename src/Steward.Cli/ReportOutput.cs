using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Steward.Core.Analytics;
using Steward.Data.Exports;

namespace Steward.Cli;

/// <summary>Writes a report in the format asked for: JSON (the report's own nesting), CSV or XLSX (its table form).</summary>
internal static class ReportOutput
{
    public static readonly string[] Formats = ["json", "csv", "xlsx"];

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Checks the format can go where it is asked to before any work is done.</summary>
    public static void Check(string format, string? output)
    {
        if (format == "xlsx" && (string.IsNullOrEmpty(output) || output == "-"))
        {
            throw new CliException("--format xlsx writes a workbook: give it a file with --output", ExitCodes.UsageOrUnreadable);
        }
    }

    public static void Write<T>(string format, string? output, CliConsole console, T json, Func<IReadOnlyList<ReportTable>> tables)
    {
        using var target = OutputTarget.Open(output, console);
        switch (format)
        {
            case "json":
                JsonSerializer.Serialize(target.Stream, json, Json);
                target.Stream.WriteByte((byte)'\n');
                break;
            case "csv":
                TableExport.WriteCsv(tables()[0], target.Stream);
                break;
            default:
                TableExport.WriteXlsx(tables(), target.Stream);
                break;
        }

        target.Commit();
    }
}
