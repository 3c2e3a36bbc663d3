using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Tenders;
using Steward.Data.Bids;
using Steward.Web.Accounts;
using Steward.Web.Bidding;

namespace Steward.Web.Pages.Bidding;

/// <summary>
/// One lot of a published tender as a bidder needs it (suppliers: CanSubmitBids): what it buys, how bids are assessed
/// (criteria, weights or order, pass/fail, the published scale, the price method, any reservation and its register
/// test), then the bid form. The form becomes BID.json and goes to the sealed tender box; a refusal names every field
/// at fault and nothing is kept. After the deadline the form stays, saying the bid will be marked late (PA 2023
/// s.19(3)(d)); an unpublished or unknown tender or lot is "not found".
/// </summary>
[BidUploadLimit]
public sealed class LotModel(TenderBoxes boxes, BidOptions options, ActingAccount acting, TimeProvider time) : BiddingPage(acting, time)
{
    public BiddableTender Tender { get; private set; } = null!;

    public DesignLot Lot { get; private set; } = null!;

    public IReadOnlyList<DesignCriterion> Answerable { get; private set; } = [];

    public IReadOnlyList<Measure> Measures { get; private set; } = [];

    /// <summary>The supplier's bid for this lot now in the box, if any.</summary>
    public BidReceipt? InBox { get; private set; }

    public bool Late => Tender.StateAt(Now) != BoxState.Receiving;

    public long MaxFileBytes => options.MaxFileBytes;

    public int MaxFiles => options.MaxFiles;

    /// <summary>How many commitment rows to show.</summary>
    public int Rows { get; private set; } = BidForm.BlankRows;

    public async Task<IActionResult> OnGetAsync(string designId, string lot) =>
        await OpenAsync(designId, lot).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string designId, string lot)
    {
        if (!await OpenAsync(designId, lot).ConfigureAwait(false))
        {
            return NotFound();
        }

        Rows = BidForm.Rows(int.TryParse(Request.Form["rows"], out var posted) ? posted : 0);
        var read = await BidForm.ReadAsync(Tender.Design, Lot, Request.Form, options, HttpContext.RequestAborted).ConfigureAwait(false);
        if (read.Problems.Count > 0)
        {
            return Refused(read.Problems);
        }

        var submitted = boxes.Submit(Tender.DesignId, SupplierId, BidContentJson.Write(read.Bid), read.Files, Current.Party);
        if (!submitted.IsSuccess)
        {
            return Refused([BidForm.Field(submitted.Error!.Message, Answerable, [])]);
        }

        return Redirect($"/bidding/receipts/{submitted.Value.BidId}?done=submitted");
    }

    /// <summary>The refusals in the page's order, for the error summary.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems { get; private set; } = [];

    private PageResult Refused(IEnumerable<(string Field, string Message)> problems)
    {
        Problems = [.. problems.OrderBy(p => BidForm.Position(p.Field))];
        foreach (var (field, message) in Problems)
        {
            ModelState.AddModelError(field, message);
        }

        return Page();
    }

    private async Task<bool> OpenAsync(string designId, string lot)
    {
        await LoadAsync().ConfigureAwait(false);
        if (boxes.Tender(designId) is not { } tender || tender.Design.Lots.FirstOrDefault(l => l.Id == lot) is not { } found)
        {
            return false;
        }

        Tender = tender;
        Lot = found;
        Answerable = BidRules.Answerable(found);
        Measures = BidRules.Measures(tender.Design, found);
        InBox = boxes.ReceiptsOf(SupplierId).FirstOrDefault(r => r.DesignId == designId && r.Lot == lot && r.Status == "submitted");
        return true;
    }
}
