using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Box;

/// <summary>
/// A bid in moderation (commissioners: CanRunEvaluation): its whole content, price included, read from the opened box
/// (every reading in the audit trail); per criterion the evaluators' marks once all have marked, and the moderated
/// mark set on the published scale with its own rationale (never an average set silently, T11).
/// </summary>
public sealed class BidModel(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting) : BoxPage(boxes, evaluations, acting)
{
    public ModerationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string bid) => await ShowAsync(id, bid).ConfigureAwait(false) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, string bid, string? criterion, string? score, string? rationale)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (!decimal.TryParse(score, NumberStyles.Number, CultureInfo.InvariantCulture, out var mark))
        {
            ModelState.AddModelError($"score-{criterion}", "Choose the moderated mark on the published scale");
        }
        else
        {
            var moderated = Evaluations.Moderate(bid, Organisation, criterion ?? string.Empty, mark, rationale, Current.Party);
            if (moderated.IsSuccess)
            {
                return Then($"{BaseUrl}/bids/{bid}", "moderated");
            }

            Refused(moderated.Error!, moderated.Error!.Message.StartsWith("rationale:", StringComparison.Ordinal) ? $"rationale-{criterion}" : $"score-{criterion}");
        }

        return await ShowAsync(id, bid).ConfigureAwait(false) ?? Page();
    }

    public async Task<IActionResult> OnGetFileAsync(string id, string bid, string file)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var read = Evaluations.FileForModeration(bid, file, Organisation, Current.Party);
        return read.IsSuccess ? File(read.Value.Content, "application/octet-stream", read.Value.Name) : NotFound();
    }

    private async Task<IActionResult?> ShowAsync(string id, string bid)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var view = Evaluations.ForModeration(bid, Organisation, Current.Party);
        if (!view.IsSuccess)
        {
            return NotFound();
        }

        View = view.Value;
        return null;
    }
}
