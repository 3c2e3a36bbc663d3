using Microsoft.AspNetCore.Mvc;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Bidding;

/// <summary>
/// A bid's receipt (suppliers: CanSubmitBids; only the supplier's own, others are "not found"): the tender and lot,
/// when it arrived, its content hash, its status and lateness; before the deadline the supplier may withdraw it or
/// submit again. The bid's content is never shown, not even to its supplier, while the box is sealed.
/// </summary>
public sealed class ReceiptModel(TenderBoxes boxes, ActingAccount acting, TimeProvider time) : BiddingPage(acting, time)
{
    public BidReceipt Receipt { get; private set; } = null!;

    public bool Receiving => Receipt.Deadline >= Now;

    public bool CanWithdraw => Receipt.Status == "submitted" && Receiving;

    public async Task<IActionResult> OnGetAsync(string bidId, string? done)
    {
        if (!await OpenAsync(bidId).ConfigureAwait(false))
        {
            return NotFound();
        }

        Done = done switch
        {
            "submitted" => Receipt.Late ? "Your bid is in the tender box, marked late." : "Your bid is sealed in the tender box.",
            "withdrawn" => "Your bid is withdrawn. It will not be opened or assessed.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string bidId)
    {
        if (!await OpenAsync(bidId).ConfigureAwait(false))
        {
            return NotFound();
        }

        var withdrawn = boxes.Withdraw(bidId, SupplierId, Current.Party);
        if (!withdrawn.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, Sentence(withdrawn.Error!.Message));
            return Page();
        }

        return Redirect($"/bidding/receipts/{bidId}?done=withdrawn");
    }

    private async Task<bool> OpenAsync(string bidId)
    {
        await LoadAsync().ConfigureAwait(false);
        if (boxes.ReceiptsOf(SupplierId).FirstOrDefault(r => r.BidId == bidId) is not { } receipt)
        {
            return false;
        }

        Receipt = receipt;
        return true;
    }

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
