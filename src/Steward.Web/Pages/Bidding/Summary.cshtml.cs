using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Steward.Core.Evaluation.Summaries;
using Steward.Data.Bids;
using Steward.Web.Accounts;
using Steward.Web.Bidding;

namespace Steward.Web.Pages.Bidding;

/// <summary>
/// An assessment summary issued to the supplier (suppliers: CanSubmitBids; only its own, others are "not found"), as a
/// page, as JSON (the AssessmentSummary record, camelCase) and as PDF (AssessmentSummaryPdf): Procurement Regulations
/// 2024 reg 31, issued before the contract award notice (PA 2023 s.50(3)). No person's name or e-mail is in any of them.
/// </summary>
public sealed class SummaryModel(Evaluations evaluations, ActingAccount acting, TimeProvider time) : BiddingPage(acting, time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public AssessmentSummary Summary { get; private set; } = null!;

    public SummarySheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string bidId) =>
        await OpenAsync(bidId).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>The summary as JSON, as Steward keeps it.</summary>
    public async Task<IActionResult> OnGetJsonAsync(string bidId) =>
        await OpenAsync(bidId).ConfigureAwait(false)
            ? File(JsonSerializer.SerializeToUtf8Bytes(Summary, Json), "application/json", FileName("json"))
            : NotFound();

    /// <summary>The summary as PDF, with the same facts as the page.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string bidId) =>
        await OpenAsync(bidId).ConfigureAwait(false)
            ? File(AssessmentSummaryPdf.Render(Summary), AssessmentSummaryPdf.ContentType, FileName("pdf"))
            : NotFound();

    private string FileName(string extension) => $"assessment-summary-lot-{Slug(Summary.Lot)}-{Summary.Bid}.{extension}";

    private static string Slug(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private async Task<bool> OpenAsync(string bidId)
    {
        await LoadAsync().ConfigureAwait(false);
        if (evaluations.SummariesOf(SupplierId).FirstOrDefault(s => s.Bid == bidId) is not { } summary)
        {
            return false;
        }

        Summary = summary;
        Sheet = SummarySheet.Of(summary);
        return true;
    }
}
