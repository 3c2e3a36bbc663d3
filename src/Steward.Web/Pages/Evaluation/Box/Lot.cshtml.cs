using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Steward.Core.Evaluation.Award;
using Steward.Core.Evaluation.Summaries;
using Steward.Data.Bids;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Evaluation.Box;

/// <summary>
/// A lot's award (commissioners: CanRunEvaluation): what still blocks it, the full arithmetic for every bid,
/// possibly abnormally low prices put to their suppliers and decided, the award decision, the assessment summaries,
/// the contract award notice with its standstill, and entry into the contract with its contract details notice.
/// Reading the ranking opens the sealed prices, so it lands in the audit trail.
/// </summary>
public sealed class LotModel(TenderBoxes boxes, Evaluations evaluations, ActingAccount acting, Analytics.ReportCache figures) : BoxPage(boxes, evaluations, acting)
{
    public LotState State { get; private set; } = null!;

    public IReadOnlyList<AssessmentSummary> Summaries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string lot) => await ShowAsync(id, lot).ConfigureAwait(false) ?? Page();

    public Task<IActionResult> OnPostAskAsync(string id, string lot, string bid) =>
        ActAsync(id, lot, () => Evaluations.AskAlt(bid, Organisation, Current.Party).Error, "alt-asked", $"alt-{bid}");

    public Task<IActionResult> OnPostAltAsync(string id, string lot, string bid, string? decision, string? reason) =>
        ActAsync(id, lot, () => Evaluations.DecideAlt(bid, Organisation, decision == "disregard" ? AltDecision.Disregarded : AltDecision.Accepted, reason, Current.Party).Error,
            "alt-decided", $"alt-{bid}");

    public Task<IActionResult> OnPostDecideAsync(string id, string lot) =>
        ActAsync(id, lot, () => Evaluations.DecideAward(id, Organisation, lot, Current.Party).Error, "awarded", "decide");

    public Task<IActionResult> OnPostSummariesAsync(string id, string lot) =>
        ActAsync(id, lot, () => Evaluations.IssueSummaries(id, Organisation, lot, Current.Party).Error, "summaries", "summaries");

    public Task<IActionResult> OnPostNoticeAsync(string id, string lot) =>
        ActAsync(id, lot, () => Published(Evaluations.PublishAwardNotice(id, Organisation, lot, Current.Party).Error), "notice", "notice");

    public Task<IActionResult> OnPostContractAsync(string id, string lot, string? contractStart, string? contractEnd) =>
        ActAsync(id, lot, () =>
        {
            if (!DateOnly.TryParseExact(contractStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                return new Core.Common.Error(Evaluations.Code, "contractStart: enter the day the contract starts, like 2027-04-01");
            }

            if (!DateOnly.TryParseExact(contractEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                return new Core.Common.Error(Evaluations.Code, "contractEnd: enter the day the contract ends, like 2030-03-31");
            }

            return Published(Evaluations.EnterContract(id, Organisation, lot, start, end, Current.Party).Error);
        }, "contract", "contract");

    /// <summary>A notice went into the store: the portal's figures are recomputed at once rather than within a minute.</summary>
    private Core.Common.Error? Published(Core.Common.Error? error)
    {
        if (error is null)
        {
            figures.StoreChanged();
        }

        return error;
    }

    private async Task<IActionResult> ActAsync(string id, string lot, Func<Core.Common.Error?> act, string done, string field)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (act() is not { } refused)
        {
            return Then($"{BaseUrl}/lots/{Uri.EscapeDataString(lot)}", done);
        }

        var colon = refused.Message.IndexOf(':', StringComparison.Ordinal);
        var named = colon > 0 && refused.Message[..colon] is "contractStart" or "contractEnd" or "reason" ? refused.Message[..colon] : field;
        Refused(refused, named == "reason" ? field : named);
        return await ShowAsync(id, lot).ConfigureAwait(false) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(string id, string lot)
    {
        if (!await LoadAsync(id).ConfigureAwait(false) || Evaluations.Lot(id, Organisation, lot, Current.Party) is not { } state)
        {
            return NotFound();
        }

        State = state;
        Summaries = Evaluations.SummariesOfLot(id, Organisation, lot);
        return null;
    }
}
