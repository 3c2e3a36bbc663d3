using Microsoft.AspNetCore.Mvc;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Bidding;

/// <summary>
/// A buyer's question about a possibly abnormally low price (suppliers: CanSubmitBids; only the supplier's own): why
/// the price was flagged, and the supplier's explanation (PA 2023 s.19(4)(b)), which it may change until the buyer decides.
/// </summary>
public sealed class QuestionModel(Evaluations evaluations, ActingAccount acting, TimeProvider time) : BiddingPage(acting, time)
{
    public AltQuestion Question { get; private set; } = null!;

    [BindProperty]
    public string? Explanation { get; set; }

    public async Task<IActionResult> OnGetAsync(string bidId, string? done)
    {
        if (!await OpenAsync(bidId).ConfigureAwait(false))
        {
            return NotFound();
        }

        Explanation = Question.Explanation;
        Done = done == "answered" ? "Your explanation is sent to the buyer." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string bidId)
    {
        var explanation = Explanation;
        if (!await OpenAsync(bidId).ConfigureAwait(false))
        {
            return NotFound();
        }

        var explained = evaluations.ExplainAlt(bidId, SupplierId, explanation, Current.Party);
        if (!explained.IsSuccess)
        {
            var message = explained.Error!.Message;
            var field = message.StartsWith("explanation: ", StringComparison.Ordinal) ? nameof(Explanation) : string.Empty;
            message = field.Length > 0 ? message["explanation: ".Length..] : message;
            ModelState.AddModelError(field, char.ToUpperInvariant(message[0]) + message[1..]);
            return Page();
        }

        return Redirect($"/bidding/questions/{bidId}?done=answered");
    }

    private async Task<bool> OpenAsync(string bidId)
    {
        await LoadAsync().ConfigureAwait(false);
        if (evaluations.QuestionsFor(SupplierId).FirstOrDefault(q => q.BidId == bidId) is not { } question)
        {
            return false;
        }

        Question = question;
        return true;
    }
}
