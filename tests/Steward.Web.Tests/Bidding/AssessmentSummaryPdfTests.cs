using System.Text;
using System.Text.RegularExpressions;
using Steward.Core.Evaluation.Summaries;
using Steward.Web.Bidding;

namespace Steward.Web.Tests.Bidding;

/// <summary>
/// The assessment summary's PDF (PDFsharp with the embedded DejaVu fonts) holds every fact its page shows: read back
/// with PDFsharp's reader, each of SummarySheet's strings is in the text, across pages when it runs long.
/// </summary>
public sealed partial class AssessmentSummaryPdfTests
{
    internal static AssessmentSummary Summary(int extraCriteria = 0, string explanation = "Named keyworkers on page 3; weekly reviews on page 4")
    {
        var criteria = new List<CriterionAssessment>
        {
            new("quality", "Quality of care", "50%", "see its sub-criteria", null, 36m, null, null,
            [
                new("staffing", "Staffing and continuity", "30% of Quality of care's 50%", "0 to 5", 4m, 24m, "Good", explanation, []),
                new("outcomes", "Outcomes for people", "20% of Quality of care's 50%", "0 to 5", 3m, 12m, "Satisfactory", "Outcomes are measured, but only yearly (page 6)", []),
            ]),
            new("sv", "Local jobs", "10%", "0 to 5", 2m, 4m, "Weak", "Twelve local hires, with no plan for training (page 8)", []),
        };
        criteria.AddRange(Enumerable.Range(1, extraCriteria).Select(i => new CriterionAssessment($"extra{i}", $"Extra criterion {i}", "1%", "0 to 5", 3m, 0.6m, "Satisfactory",
            $"Explanation {i}: " + string.Join(' ', Enumerable.Repeat("the answer cites its evidence", 12)), [])));
        return new AssessmentSummary
        {
            Ocid = "ocds-stewrd-abc123",
            Procurement = "Home care in Anytown",
            Buyer = "Cyngor Sir Ŵyr (Anytown Council)",
            Lot = "1",
            LotTitle = "North",
            Bid = "0195f0e0aaaa7bbbbccccddddeeeeffff",
            SupplierName = "Gofal Cymunedol Cwm Tawe Cyf",
            SupplierIdentifier = "GB-COH-11111111",
            Successful = false,
            Methodology = "Weights: Quality of care 50%, Local jobs 10%, Price 40%. Price is scored by F4, absolute: full marks at or below £300,000, none at or above £700,000, straight line between.",
            Criteria = criteria,
            Figures = new TenderFigures(500_000m, 40m, 20m, 60m, null, 2),
            WhyNotSuccessful = "The tender ranked 2 of 3 by the published method. Gamma Support scored the highest total.",
            MostAdvantageous = new MostAdvantageousTender("Gamma Support", null, new TenderFigures(250_000m, 36m, 40m, 76m, null, 1),
                [new("sv", "Local jobs", "10%", "0 to 5", 5m, 10m, "Excellent: exceeds the requirement", "Forty local hires with an apprenticeship scheme", [])]),
            Issued = new DateTimeOffset(2027, 1, 14, 15, 30, 0, TimeSpan.Zero),
        };
    }

    /// <summary>Every string the page shows for <paramref name="sheet"/>.</summary>
    internal static IEnumerable<string> Strings(SummarySheet sheet)
    {
        yield return sheet.Title;
        yield return sheet.Methodology;
        foreach (var fact in sheet.Facts.Concat(sheet.Figures).Concat(sheet.MostAdvantageous?.Figures ?? []))
        {
            yield return fact.Key;
            yield return fact.Value;
        }

        foreach (var criterion in sheet.Criteria.Concat(sheet.MostAdvantageous?.Criteria ?? []))
        {
            foreach (var text in new[] { criterion.Title, criterion.Importance, criterion.Available, criterion.Score, criterion.Marks, criterion.Descriptor, criterion.Explanation })
            {
                yield return text;
            }
        }

        if (sheet.WhyNotSuccessful is { } why)
        {
            yield return why;
        }

        if (sheet.MostAdvantageous is { } best)
        {
            yield return best.Supplier;
        }
    }

    /// <summary>The PDF's text without its page footers, whitespace collapsed.</summary>
    internal static (int Pages, string Text) Read(byte[] pdf)
    {
        var (pages, text) = PdfText.Extract(pdf);
        return (pages, PdfText.Flat(Footer().Replace(text, " ")));
    }

    [Fact]
    public void Render_AnUnsuccessfulTender_HoldsEveryFactOfItsPage_InTheEmbeddedFont()
    {
        // Arrange
        var summary = Summary();

        // Act
        var pdf = AssessmentSummaryPdf.Render(summary);
        var (pages, text) = Read(pdf);

        // Assert
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.True(pages > 0);
        var missing = Strings(SummarySheet.Of(summary)).Select(PdfText.Flat).Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"not in the PDF: {string.Join(" | ", missing)}");
        Assert.Contains("Gofal Cymunedol Cwm Tawe Cyf (GB-COH-11111111)", text, StringComparison.Ordinal);
        Assert.Contains("Cyngor Sir Ŵyr", text, StringComparison.Ordinal);
        Assert.Contains("3:30:00pm on Thursday 14 January 2027 (UK time)", text, StringComparison.Ordinal);
        Assert.All(PdfText.Fonts(pdf), f => Assert.Matches("^/[A-Z]{6}\\+DejaVu Sans(,Bold)?$", f));
    }

    [Fact]
    public void Render_ALongSummary_RunsOverPages_AndLosesNothing()
    {
        // Arrange
        var summary = Summary(extraCriteria: 40);

        // Act
        var (pages, text) = Read(AssessmentSummaryPdf.Render(summary));

        // Assert
        Assert.True(pages >= 3, $"{pages} page(s)");
        var missing = Strings(SummarySheet.Of(summary)).Select(PdfText.Flat).Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"not in the PDF: {string.Join(" | ", missing.Take(5))}");
    }

    [Fact]
    public void Render_TheSuccessfulTender_SaysSo_AndHasNoOtherTender()
    {
        // Arrange
        var summary = Summary() with { Successful = true, WhyNotSuccessful = null, MostAdvantageous = null };

        // Act
        var (_, text) = Read(AssessmentSummaryPdf.Render(summary));

        // Assert
        Assert.Contains("Your tender is the most advantageous tender (reg 31(2)).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gamma Support", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Why your tender was not successful", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[^\n]*· page \d+ of \d+\n")]
    private static partial Regex Footer();
}
