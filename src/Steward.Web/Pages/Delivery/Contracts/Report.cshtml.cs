using Microsoft.AspNetCore.Mvc;
using Steward.Data.Delivery;
using Steward.Data.Exports;
using Steward.Web.Accounts;
using Steward.Web.Delivery;

namespace Steward.Web.Pages.Delivery.Contracts;

/// <summary>
/// The buyer's quarterly delivery report (commissioners: CanManageDelivery) as a page, XLSX (<c>?handler=xlsx</c>) and
/// PDF (<c>?handler=pdf</c>), all from <see cref="QuarterlyReport"/>: by goal and outcome, every KPI, exceptions.
/// </summary>
public sealed class ReportModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    private readonly TimeProvider _time = time;

    public QuarterlyReport Report { get; private set; } = null!;

    public async Task OnGetAsync(string? quarter) => await LoadAsync(quarter).ConfigureAwait(false);

    public async Task<IActionResult> OnGetXlsxAsync(string? quarter)
    {
        await LoadAsync(quarter).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        TableExport.WriteXlsx(Report.Tables, buffer);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"social-value-delivery-{Report.Quarter}.xlsx");
    }

    public async Task<IActionResult> OnGetPdfAsync(string? quarter)
    {
        await LoadAsync(quarter).ConfigureAwait(false);
        return File(QuarterlyReportPdf.Render(Report, _time.GetUtcNow()), QuarterlyReportPdf.ContentType, $"social-value-delivery-{Report.Quarter}.pdf");
    }

    private async Task LoadAsync(string? quarter)
    {
        await LoadActingAsync().ConfigureAwait(false);
        var (name, start, end) = QuarterlyReport.QuarterOf(quarter, Today);
        Report = new QuarterlyReport(Current.Organisation?.Name ?? "Your organisation", name, start, end, Deliveries.ForAccountBuyer(Organisation, end));
    }
}
