using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Panels;

/// <summary>
/// Marking a bid (evaluators: CanScoreBids): its answers and files (never its price: quality is marked apart from
/// price), and per criterion the evaluator's own mark on the published scale with a rationale, given once. Other
/// evaluators' marks show only when every evaluator on the bid has marked that criterion.
/// </summary>
public sealed class MarkModel(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting) : PanelPage(boxes, evaluations, acting)
{
    public BidForMarking View { get; private set; } = null!;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string bid)
    {
        Saved = Request.Query["done"] == "marked";
        return await ShowAsync(id, bid).ConfigureAwait(false) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string bid, string? criterion, string? score, string? rationale)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (!decimal.TryParse(score, NumberStyles.Number, CultureInfo.InvariantCulture, out var mark))
        {
            ModelState.AddModelError($"score-{criterion}", "Choose your mark on the published scale");
        }
        else
        {
            var marked = Evaluations.Mark(bid, Current.AccountId, criterion ?? string.Empty, mark, rationale, Current.Party);
            if (marked.IsSuccess)
            {
                return Redirect($"{BaseUrl}/bids/{bid}?done=marked");
            }

            ModelState.AddModelError(marked.Error!.Message.StartsWith("rationale:", StringComparison.Ordinal) ? $"rationale-{criterion}" : $"score-{criterion}", marked.Error.Message);
        }

        return await ShowAsync(id, bid).ConfigureAwait(false) ?? Page();
    }

    public async Task<IActionResult> OnGetFileAsync(string id, string bid, string file)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var read = Evaluations.FileForMarking(bid, file, Current.AccountId, Current.Party);
        return read.IsSuccess ? File(read.Value.Content, "application/octet-stream", read.Value.Name) : NotFound();
    }

    private async Task<IActionResult?> ShowAsync(string id, string bid)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var view = Evaluations.ForMarking(bid, Current.AccountId, Current.Party);
        if (!view.IsSuccess)
        {
            // A bid this evaluator may not read (an interest, undeclared bidders, sealed) is refused, saying why.
            Refusal = view.Error!.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return null;
        }

        View = view.Value;
        return null;
    }

    public string? Refusal { get; private set; }
}
