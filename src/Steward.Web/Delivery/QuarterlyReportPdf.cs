using System.Globalization;
using PdfSharp.Pdf;
using Steward.Core.Analytics;
using Steward.Web.Bidding;

namespace Steward.Web.Delivery;

/// <summary>The quarterly delivery report as PDF (PDFsharp, the embedded DejaVu fonts of <see cref="SummaryFonts"/>): the same tables as the page, each row as lines.</summary>
public static class QuarterlyReportPdf
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(QuarterlyReport report, DateTimeOffset made)
    {
        ArgumentNullException.ThrowIfNull(report);
        SummaryFonts.Install();
        using var document = new PdfDocument();
        var title = $"Social value delivery, {report.Quarter}: {report.Buyer}";
        document.Info.Title = title;
        document.Info.Creator = "Steward";
        document.Info.CreationDate = made.UtcDateTime;
        document.Info.ModificationDate = made.UtcDateTime;
        using (var writer = new PdfTextWriter(document))
        {
            writer.Header(title, writer.Title);
            writer.Fact("Quarter", $"{report.Start:d MMMM yyyy} to {report.End:d MMMM yyyy}");
            writer.Fact("Contracts", report.Summary.Contracts.Count.ToString(CultureInfo.InvariantCulture));
            writer.Fact("Coverage", report.Summary.Coverage is { } c ? $"{c * 100m:0.#}% of KPIs have verified reports" : "No KPIs");
            writer.Paragraph("Only reports the buyer verified count as delivered. A KPI with no verified report is shown as such, never as 0.", writer.Body);
            Table(writer, "Committed against delivered by goal", report.ByGoal);
            Table(writer, "By outcome", report.ByOutcome);
            Table(writer, "Exceptions", report.Exceptions);
            Table(writer, "Every KPI", report.Kpis);
            writer.Footers(title);
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    private static void Table(PdfTextWriter writer, string heading, ReportTable table)
    {
        writer.Header(heading, writer.Heading);
        var rows = table.Rows.ToList();
        if (rows.Count == 0)
        {
            writer.Paragraph("None.", writer.Body);
            return;
        }

        foreach (var row in rows)
        {
            writer.Paragraph(string.Join("; ", table.Columns.Select((column, i) => $"{column}: {Cell(row[i])}")), writer.Body);
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString("#,##0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "—",
    };
}
