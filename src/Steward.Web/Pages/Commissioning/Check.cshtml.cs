using System.Text;
using Microsoft.AspNetCore.Mvc;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Commissioning;

/// <summary>
/// Check answers and publish (commissioners: CanDesignTenders): the whole design as bidders will read it, the
/// checker's findings (errors block; each warning needs a reason), and publication as OCDS; once published, an
/// amendment needs its rationale. Also the export of the design to share.
/// </summary>
public sealed class CheckModel(TenderDesigns designs, ActingAccount acting, TimeProvider time, Analytics.ReportCache figures, Data.Bids.Evaluations evaluations) : DesignPage(designs, acting, time)
{
    public string? Published { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Assessment = evaluations.Assessment(id);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var json = Designs.Export(id, Today)!;
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"design-{id}.json");
    }

    /// <summary>The conflicts assessment as last recorded (PA 2023 s.83); null until one is prepared.</summary>
    public Data.Bids.ConflictsAssessment? Assessment { get; private set; }

    public async Task<IActionResult> OnPostAsync(string id, string? amendment, string? conflicts)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Assessment = evaluations.Assessment(id);
        if (Assessment is null && string.IsNullOrWhiteSpace(conflicts))
        {
            ModelState.AddModelError("conflicts", "Prepare the conflicts assessment before publishing: the conflicts and potential conflicts identified and the steps taken, or that none was found (PA 2023 s.83(1))");
        }

        var reasons = Review.Warnings.Select((w, i) => new WarningReason(w.Code, w.Path, Form($"reason{i}") ?? string.Empty)).ToList();
        var index = 0;
        foreach (var warning in Review.Warnings)
        {
            if (string.IsNullOrWhiteSpace(Form($"reason{index}")))
            {
                ModelState.AddModelError($"reason{index}", $"Give your reason to proceed despite the warning {warning.Code} ({Describe(warning.Path)})");
            }

            index++;
        }

        if (Stored.Published && string.IsNullOrWhiteSpace(amendment))
        {
            ModelState.AddModelError("amendment", "Say why the tender is changing: bidders see it with the amendment");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        if (Assessment is null && evaluations.RecordAssessment(id, Current.Organisation!.Id, conflicts, Current.Party) is { IsSuccess: false } refused)
        {
            ModelState.AddModelError("conflicts", refused.Error!.Message);
            return Page();
        }

        var published = Designs.Publish(id, Current.Organisation!.Id, Today, reasons, amendment, Current.Party);
        if (!published.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, published.Error!.Message);
            return Page();
        }

        figures.StoreChanged();
        await LoadAsync(id).ConfigureAwait(false);
        Assessment = evaluations.Assessment(id);
        Published = published.Value.Releases == 1
            ? $"Published as {published.Value.Ocid}. It is in search now; the buyer's figures and the red flags include it as soon as they are recomputed (in the background, within a minute)."
            : $"Amendment {published.Value.Releases - 1} published to {published.Value.Ocid}.";
        return Page();
    }

    /// <summary>A finding's path in words: <c>lots[1].priceMethod</c> is "lot 2, price method".</summary>
    public static string Describe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var words = path.Replace("lots[", "lot ", StringComparison.Ordinal).Replace("criteria[", "criterion ", StringComparison.Ordinal)
            .Replace("subCriteria[", "sub-criterion ", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
        return string.Join(", ", words.Split('.').Select(part => part.Split(' ') is [var name, var number] && int.TryParse(number, out var n) ? $"{name} {n + 1}" : Humanise(part)));
    }

    private static string Humanise(string field) => field switch
    {
        "priceMethod" => "price method",
        "tieBreak" => "tie-break",
        "reservedParticipation" => "reservation",
        "tenderPeriod" => "tender period",
        "endDate" => "deadline",
        "startDate" => "start",
        "socialValueModel" => "Social Value Model",
        "qualityThreshold" => "quality threshold",
        _ => field,
    };

    public FindingSeverity Blocking => FindingSeverity.Error;
}
