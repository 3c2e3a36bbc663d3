using Microsoft.AspNetCore.Mvc;
using Steward.Core.Evaluation.Conflicts;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Panels;

/// <summary>
/// A panel for its evaluator (CanScoreBids): after the deadline, a declaration about each bidder from its name alone
/// (PA 2023 ss.81–82), then the bids they may read and mark, each with why not when they may not.
/// </summary>
public sealed class PanelModel(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting) : PanelPage(boxes, evaluations, acting)
{
    public IReadOnlyList<(Bidder Bidder, ConflictDeclaration? Declaration)> Declarations { get; private set; } = [];

    public IReadOnlyList<EvaluatorBid> Bids { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Saved = Request.Query["done"] == "declared";
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        // Every row is checked before any is recorded, so a refusal leaves nothing half-saved.
        var bidders = Boxes.Bidders(id);
        var rows = new List<(Bidder Bidder, InterestKind Kind, string Description, string Mitigation)>();
        for (var row = 0; row < bidders.Count; row++)
        {
            var interest = Request.Form[$"d{row}.interest"].ToString();
            if (interest.Length == 0)
            {
                continue;
            }

            if (!Enum.TryParse<InterestKind>(interest, out var kind))
            {
                ModelState.AddModelError($"d{row}", $"{bidders[row].Name}: choose one of the answers");
                continue;
            }

            var (description, mitigation) = (Request.Form[$"d{row}.description"].ToString(), Request.Form[$"d{row}.mitigation"].ToString());
            if (ConflictRules.Check(new ConflictDeclaration(Current.AccountId, bidders[row].SupplierId, kind, description, mitigation, default)) is { } problem)
            {
                ModelState.AddModelError($"d{row}", $"{bidders[row].Name}: {problem.Message}");
                continue;
            }

            rows.Add((bidders[row], kind, description, mitigation));
        }

        for (var i = 0; i < rows.Count && ModelState.ErrorCount == 0; i++)
        {
            var declared = Evaluations.Declare(id, Current.AccountId, rows[i].Bidder.SupplierId, rows[i].Kind, rows[i].Description, rows[i].Mitigation, Current.Party);
            if (!declared.IsSuccess)
            {
                ModelState.AddModelError("declarations", $"{rows[i].Bidder.Name}: {declared.Error!.Message}");
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            return Redirect($"{BaseUrl}?done=declared");
        }

        Fill();
        return Page();
    }

    private void Fill()
    {
        Declarations = Evaluations.DeclarationsOf(Tender.DesignId, Current.AccountId);
        Bids = Evaluations.BidsFor(Tender.DesignId, Current.AccountId);
    }
}
