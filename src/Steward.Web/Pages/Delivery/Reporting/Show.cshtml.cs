using Microsoft.AspNetCore.Mvc;
using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Reporting;

/// <summary>
/// One contract the supplier reports on (suppliers: CanReportDelivery; another's is "not found"): its KPIs, its reports
/// with the buyer's decisions and reasons, a report per KPI per period (value, narrative, PDF/PNG/JPEG evidence), and
/// the correction of a queried report.
/// </summary>
[RequestSizeLimit(ReportLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ReportLimit)]
public sealed class ShowModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    private const long ReportLimit = 32L * 1024 * 1024;

    public DeliveryContract Contract { get; private set; } = null!;

    [BindProperty]
    public string? KpiId { get; set; }

    [BindProperty]
    public DateOnly? PeriodStart { get; set; }

    [BindProperty]
    public DateOnly? PeriodEnd { get; set; }

    [BindProperty]
    public decimal? Value { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? ReportId { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Done = done switch { "sent" => "Your report is sent to the buyer.", "corrected" => "Your corrected report is sent to the buyer.", _ => null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        var missing = Value is null ? "value: empty; give the quantity delivered in the period"
            : PeriodStart is null || PeriodEnd is null ? "periodStart: give the period's first and last days" : null;
        if (missing is not null)
        {
            Refuse(new Core.Common.Error(ContractDeliveries.Code, missing));
            return Page();
        }

        var input = await InputAsync().ConfigureAwait(false);
        var result = string.IsNullOrEmpty(ReportId)
            ? Deliveries.Submit(id, Organisation, input, Current.Party)
            : Deliveries.Correct(ReportId, Organisation, input, Current.Party);
        if (!result.IsSuccess)
        {
            Refuse(result.Error!);
            return Page();
        }

        return Redirect($"/delivery/reporting/{id}?done={(string.IsNullOrEmpty(ReportId) ? "sent" : "corrected")}");
    }

    private async Task<ReportInput> InputAsync()
    {
        var attachments = new List<Attachment>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer).ConfigureAwait(false);
            attachments.Add(new Attachment(file.FileName, buffer.ToArray()));
        }

        return new ReportInput(KpiId ?? string.Empty, PeriodStart!.Value, PeriodEnd!.Value, Value!.Value, Unit ?? string.Empty, Narrative ?? string.Empty, attachments);
    }

    private async Task<bool> LoadAsync(string id)
    {
        await LoadActingAsync().ConfigureAwait(false);
        if (Deliveries.Find(id) is not { } contract || contract.SupplierOrganisationId != Organisation)
        {
            return false;
        }

        Contract = contract;
        return true;
    }
}
