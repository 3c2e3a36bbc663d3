using Microsoft.AspNetCore.Mvc;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Conflicts;
using Steward.Core.Evaluation.Standstill;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Box;

/// <summary>
/// A tender's box and evaluation (commissioners: CanRunEvaluation): the deadline and state, opening (one person or
/// two), the buyer's settings, late bids, the panel and their declarations, the conflicts assessment, the bids and
/// each lot's award. Nothing of a bid's content shows here.
/// </summary>
public sealed class TenderModel(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting) : BoxPage(boxes, evaluations, acting)
{
    public IReadOnlyList<PanelMember> Panel { get; private set; } = [];

    public IReadOnlyList<string> Candidates { get; private set; } = [];

    public IReadOnlyList<BidInBox> Bids { get; private set; } = [];

    public IReadOnlyList<Bidder> Bidders { get; private set; } = [];

    public IReadOnlyList<ConflictDeclaration> Interests { get; private set; } = [];

    public ConflictsAssessment? Assessment { get; private set; }

    public UkCalendar Calendar { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) => await ShowAsync(id).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOpenAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var opened = Boxes.Open(id, Organisation, Current.Party);
        if (opened.IsSuccess)
        {
            return Then(BaseUrl, opened.Value.State == BoxState.Opened ? "opened" : "asked");
        }

        Refused(opened.Error!, "open");
        return await ShowPageAsync(id).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostSettingsAsync(string id, string? opening, string? calendar)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var rule = opening == "two" ? OpeningRule.TwoPeople : OpeningRule.OnePerson;
        UkCalendar? chosen = null;
        if (!string.IsNullOrEmpty(calendar))
        {
            var parsed = UkCalendars.Parse(calendar);
            if (!parsed.IsSuccess)
            {
                Refused(parsed.Error!, "calendar");
                return await ShowPageAsync(id).ConfigureAwait(false);
            }

            chosen = parsed.Value;
        }

        Boxes.SetOpeningRule(Organisation, rule, Current.Party);
        Evaluations.SetCalendar(Organisation, chosen, Current.Party);
        return Then(BaseUrl, "settings");
    }

    public async Task<IActionResult> OnPostLateAsync(string id, string bid, string? decision, string? reason)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var decided = Boxes.DecideLate(bid, Organisation, decision == "admit", reason, Current.Party);
        if (decided.IsSuccess)
        {
            return Then(BaseUrl, "late");
        }

        Refused(decided.Error!, $"late-{bid}");
        return await ShowPageAsync(id).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostPanelAsync(string id, string? evaluator)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var added = Evaluations.AddToPanel(id, Organisation, evaluator ?? string.Empty, Current.Party);
        if (added.IsSuccess)
        {
            return Then(BaseUrl, "panel");
        }

        Refused(added.Error!, "evaluator");
        return await ShowPageAsync(id).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAssessmentAsync(string id, string? statement)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var recorded = Evaluations.RecordAssessment(id, Organisation, statement, Current.Party);
        if (recorded.IsSuccess)
        {
            return Then(BaseUrl, "assessment");
        }

        Refused(recorded.Error!, "statement");
        return await ShowPageAsync(id).ConfigureAwait(false);
    }

    private async Task<bool> ShowAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return false;
        }

        Fill();
        return true;
    }

    private async Task<IActionResult> ShowPageAsync(string id)
    {
        await LoadAsync(id).ConfigureAwait(false);
        Fill();
        return Page();
    }

    private void Fill()
    {
        Panel = Evaluations.Panel(Tender.DesignId);
        Candidates = [.. Evaluations.Evaluators(Organisation).Where(e => Panel.All(p => p.AccountId != e))];
        Bids = Evaluations.BidsInBox(Tender.DesignId, Organisation);
        Bidders = Boxes.Bidders(Tender.DesignId);
        Interests = Evaluations.Interests(Tender.DesignId, Organisation);
        Assessment = Evaluations.Assessment(Tender.DesignId);
        Calendar = Evaluations.CalendarOf(Organisation);
    }
}
