using PdfSharp.Pdf;
using Steward.Core.Evaluation.Summaries;

namespace Steward.Web.Bidding;

/// <summary>
/// An assessment summary as PDF (PDFsharp 6.2, MIT), stating the same facts as its page (both are written from
/// <see cref="SummarySheet"/>): the supplier and procurement, the methodology, every criterion and sub-criterion with
/// its mark, descriptor and explanation, the totals, and for an unsuccessful tender why and the most advantageous
/// tender's figures and marks (Procurement Regulations 2024 reg 31). Fonts: <see cref="SummaryFonts"/>.
/// </summary>
public static class AssessmentSummaryPdf
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(AssessmentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        SummaryFonts.Install();
        var sheet = SummarySheet.Of(summary);
        using var document = new PdfDocument();
        document.Info.Title = sheet.Title;
        document.Info.Subject = $"Assessment summary issued {UkTime.Words(summary.Issued)} under {summary.Reference}";
        document.Info.Creator = "Steward";
        document.Info.CreationDate = summary.Issued.UtcDateTime;
        document.Info.ModificationDate = summary.Issued.UtcDateTime;
        using (var writer = new PdfTextWriter(document))
        {
            writer.Header(sheet.Title, writer.Title);
            foreach (var fact in sheet.Facts)
            {
                writer.Fact(fact.Key, fact.Value);
            }

            writer.Header("How tenders were assessed", writer.Heading);
            writer.Paragraph(sheet.Methodology, writer.Body);
            writer.Header("Your tender's marks", writer.Heading);
            Criteria(writer, sheet.Criteria);
            writer.Header("Your tender's totals", writer.Heading);
            Figures(writer, sheet.Figures);
            if (sheet.WhyNotSuccessful is { } why)
            {
                writer.Header("Why your tender was not successful", writer.Heading);
                writer.Paragraph(why, writer.Body);
            }

            if (sheet.MostAdvantageous is { } best)
            {
                writer.Header("The most advantageous tender", writer.Heading);
                writer.Fact("Supplier", best.Supplier);
                Figures(writer, best.Figures);
                writer.Header("Its marks", writer.Heading);
                Criteria(writer, best.Criteria);
            }

            writer.Footers($"{summary.Procurement}, lot {summary.Lot}: assessment summary for {summary.SupplierName}");
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    private static void Criteria(PdfTextWriter writer, IReadOnlyList<SheetCriterion> criteria)
    {
        foreach (var criterion in criteria)
        {
            var indent = criterion.Depth * 18;
            writer.Paragraph(criterion.Depth == 0 ? criterion.Title : $"Sub-criterion: {criterion.Title}", writer.Strong, indent, after: 2);
            writer.Fact("Weight or importance", criterion.Importance, indent + 12);
            writer.Fact("Marks available", criterion.Available, indent + 12);
            writer.Fact("Score", criterion.Score, indent + 12);
            writer.Fact("Marks earned", criterion.Marks, indent + 12);
            writer.Fact("What the score means", criterion.Descriptor, indent + 12);
            writer.Fact("Why", criterion.Explanation, indent + 12);
        }
    }

    private static void Figures(PdfTextWriter writer, IReadOnlyList<SheetFact> figures)
    {
        foreach (var figure in figures)
        {
            writer.Fact(figure.Key, figure.Value);
        }
    }
}
